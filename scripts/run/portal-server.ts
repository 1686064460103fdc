import path from "node:path";
import { parseArgs } from "node:util";

// The portal's production server (lib/platform/server/start-portal-server.ts): what `npm start`, the e2e server and
// the benchmarks run (scripts/run/stack.ts), and the container image's default command (Dockerfile):
//   tsx scripts/run/portal-server.ts --port 3000                      the project folder's build (NEXT_DIST_DIR)
//   node --import tsx scripts/run/portal-server.ts --standalone web   a standalone output folder (the image)
// PORT, and in a standalone folder HOSTNAME, are read as Next's standalone server.js reads them (elsewhere the server
// listens on every interface, as `next start` does). Stops on SIGTERM/SIGINT as `next start` does,
// exiting 143/130 once the open requests are answered.

// Before Next.js or React load: their production builds are chosen by NODE_ENV when first required.
Object.assign(process.env, { NODE_ENV: "production" });

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    hostname: { type: "string" },
    standalone: { type: "string" },
  },
});
const { startPortalServer } = await import("../../lib/platform/server/start-portal-server");
const { publicPageCacheKey } = await import("../../lib/catalog/public-page-cache-key");

const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? (values.standalone ? process.env.HOSTNAME : undefined);
const dir = path.resolve(values.standalone ?? process.cwd());
if (values.standalone) process.chdir(dir); // as Next's standalone server.js: the build's relative paths start there
const { close } = await startPortalServer({
  dir,
  port,
  hostname,
  standalone: values.standalone !== undefined,
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  documentKey: publicPageCacheKey,
  // Set by the local stack and the image alike; a signed-in person's pages are kept in memory under its revision
  // (lib/platform/cache/personal-page-key.ts). PERSONAL_PAGE_CACHE=off renders every one (bench/pages/profile-portal.ts).
  personalPagesDatabaseUrl: process.env.PERSONAL_PAGE_CACHE === "off" ? undefined : process.env.DATABASE_URL,
});
console.log(`Portal listening on http://${hostname ?? "localhost"}:${port}`);

let stopping = false;
for (const [signal, code] of [
  ["SIGTERM", 143],
  ["SIGINT", 130],
] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void close().finally(() => process.exit(code));
  });
}
