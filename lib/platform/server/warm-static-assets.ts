import { readdir } from "node:fs/promises";
import { get } from "node:http";
import path from "node:path";
import type { TStaticAssetCache } from "./static-asset-cache";

// The static asset cache (static-asset-cache.ts) compresses a file at brotli 11 once Next.js has served it once; until
// then a file is compressed per request at brotli 4, ~15% larger (measured by bench/pages/route-bytes.ts: a first
// visit to the landing page of a fresh server 144.5 kB against 123.5 kB). So the server asks itself for each script
// and style sheet of its build right after it starts listening, one at a time, as a client accepting no encoding:
// each goes through Next.js as a first request would, with Next's own headers, and the cache compresses it in the
// background (zlib's thread pool, not the event loop). A build holds ~70 such files (~1.5 MB).

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
  origin: string;
  staticDir: string;
  cache: TStaticAssetCache;
}): Promise<number> {
  const files = await filesUnder(options.staticDir);
  for (const file of files) {
    const urlPath = file.split(path.sep).map(encodeURIComponent).join("/");
    await fetchOnce(`${options.origin}/_next/static/${urlPath}`);
  }
  await options.cache.settled();
  return files.length;
}
