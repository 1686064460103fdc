import { readdir } from "node:fs/promises";
import { createServer, get, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import type { TStaticAssetCache } from "./static-asset-cache";

// The static asset cache (static-asset-cache.ts) compresses a file at brotli 11 once Next.js has served it once; until
// then a file is compressed per request at brotli 4, ~15% larger (measured by bench/pages/route-bytes.ts: a first
// visit to the landing page of a fresh server 144.5 kB against 123.5 kB). So before the server listens, it asks its
// own request listener, on a loopback port of its own, for each script and style sheet of its build, one at a time, as
// a client accepting no encoding: each goes through Next.js as a first request would, with Next's own headers, and the
// cache compresses it (zlib's thread pool, not the event loop). A build holds ~70 such files (~1.5 MB): a few seconds
// at start, and a replica is ready only once its scripts go out at their smallest.

const WARMED = /\.(js|css)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && WARMED.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

function fetchOnce(url: string): Promise<void> {
  return new Promise((resolve) => {
    get(url, { headers: { "accept-encoding": "identity" } }, (res) => {
      res.resume();
      res.on("end", resolve);
      res.on("error", () => resolve());
    }).on("error", () => resolve()); // a file that cannot be fetched is left to its first visitor
  });
}

/** Has every script and style sheet of the build compressed once; resolves when all are stored. */
export async function warmStaticAssets(options: {
  listener: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  staticDir: string;
  cache: TStaticAssetCache;
}): Promise<number> {
  const files = await filesUnder(options.staticDir);
  const loopback = createServer((req, res) => void options.listener(req, res));
  await new Promise<void>((resolve) => loopback.listen(0, "127.0.0.1", resolve));
  try {
    const origin = `http://127.0.0.1:${(loopback.address() as { port: number }).port}`;
    for (const file of files) {
      const urlPath = file.split(path.sep).map(encodeURIComponent).join("/");
      await fetchOnce(`${origin}/_next/static/${urlPath}`);
    }
  } finally {
    loopback.closeAllConnections();
    await new Promise((resolve) => loopback.close(resolve));
  }
  await options.cache.settled();
  return files.length;
}
