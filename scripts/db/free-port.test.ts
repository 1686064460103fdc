import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedServerUrl } from "./embedded-server-url";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { freePort } from "./free-port";

// Two checkouts on one machine: the second one's database finds its usual port taken and takes another.

const listeners: net.Server[] = [];
async function occupy(): Promise<number> {
  const server = net.createServer();
  listeners.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

afterAll(async () => {
  await Promise.all(listeners.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("freePort", () => {
  it("keeps the preferred port when it is free and picks another when it is taken", async () => {
    const free = await freePort();
    expect(await freePort(free)).toBe(free);
    const taken = await occupy();
    const chosen = await freePort(taken);
    expect(chosen).not.toBe(taken);
    expect(chosen).toBeGreaterThan(0);
  });
});

describe("startEmbeddedPostgres", () => {
  it("starts on a free port when its usual one is taken, and records the port for other processes", async () => {
    const taken = await occupy();
    const name = `pg-port-test-${process.env.VITEST_INSTANCE ?? 0}`;
    const server = await startEmbeddedPostgres({ name, port: taken, database: "postgres" });
    try {
      const port = Number(new URL(server.url).port);
      expect(port).not.toBe(taken);
      expect(embeddedServerUrl(name, "postgres")).toBe(server.url);
      // A second command for the same data directory shares the running server, on its port.
      const again = await startEmbeddedPostgres({ name, port: taken, database: "postgres" });
      expect(again.url).toBe(server.url);
    } finally {
      await server.stop();
    }
    expect(embeddedServerUrl(name, "postgres")).toBeUndefined();
  }, 120_000);
});
