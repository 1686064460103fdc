import net from "node:net";

/**
 * A TCP port nobody listens on at localhost: `preferred` when it is free, otherwise one the OS assigns. PostgreSQL
 * listens on every address `localhost` resolves to, so both loopback addresses are checked where they exist.
 */
export async function freePort(preferred?: number): Promise<number> {
  if (preferred !== undefined && (await isFree(preferred))) return preferred;
  for (;;) {
    const port = await listenOnce(0, "127.0.0.1");
    if (port !== undefined && (await isFree(port))) return port;
  }
}

async function isFree(port: number): Promise<boolean> {
  if ((await listenOnce(port, "127.0.0.1")) === undefined) return false;
  const v6 = await listenOnce(port, "::1", true);
  return v6 !== undefined;
}

/** Listens and closes at once; the port it got, or undefined when the address is in use. */
function listenOnce(port: number, host: string, absentHostIsFree = false): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      // A machine without IPv6 has no ::1 to collide on.
      resolve(absentHostIsFree && error.code === "EADDRNOTAVAIL" ? port : undefined);
    });
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const got = typeof address === "object" && address ? address.port : undefined;
      server.close(() => resolve(got));
    });
  });
}
