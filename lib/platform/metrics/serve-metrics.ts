import "server-only";
import { createServer, type Server } from "node:http";
import type { PgBoss } from "pg-boss";
import { renderMetrics } from "./render-metrics";

/**
 * A small HTTP server for processes without Next.js (the worker): `GET /metrics` answers the scrape, anything else
 * 404. Resolves once it listens; `port` 0 lets the OS choose (read it from `server.address()`).
 */
export async function serveMetrics(options: {
  port: number;
  host?: string;
  boss?: () => Promise<PgBoss>;
}): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url?.split("?")[0] !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    renderMetrics({ boss: options.boss }).then(
      ({ contentType, body }) => response.writeHead(200, { "content-type": contentType }).end(body),
      () => response.writeHead(500, { "content-type": "text/plain" }).end("metrics unavailable\n"),
    );
  });
  // A scrape holds no long connection: idle keep-alive sockets must not delay the worker's shutdown.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

/** Stops accepting scrapes and drops idle connections, so a stopping worker is not held open by Prometheus. */
export function closeMetricsServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
