import { readFile } from "node:fs/promises";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { acceptedEncoding, type TCompressedEncoding } from "./accepted-encoding";

// Next's build output under /_next/static/ is immutable: every file name carries a content hash or the build's id, and
// Next serves it with `Cache-Control: public, max-age=31536000, immutable`. So each one is compressed once, at the best
// quality (brotli 11, gzip 9; too slow per request, ~10x smaller work over a process's life) and kept in memory.
// Invalidation: a cache lives in one server process, which serves one build; a new build is served by a new process
// (`npm start`, the e2e server and the image all start one), so no entry outlives the files it was made from.
//
// The first request for a file goes through Next.js as any other (compressed per request by compress-responses.ts);
// its headers are kept, the file is read from the build folder and compressed in the background, and later requests
// that accept brotli or gzip get the stored bytes with Next's own headers. A Range request, a HEAD, an
// If-Modified-Since without If-None-Match, and a client that accepts neither encoding still go to Next.js.

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const PREFIX = "/_next/static/";
/** Scripts, styles, source maps, JSON, SVG: what compresses. Fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/i;
/** Headers of the unencoded file that the stored encodings replace. */
const REPLACED = ["content-length", "content-encoding", "accept-ranges", "vary", "date", "connection", "keep-alive"];

type TEntry = { headers: OutgoingHttpHeaders; br: Buffer; gzip: Buffer };

export type TStaticAssetCacheOptions = {
  /** The build's static folder (`<distDir>/static`), what `/_next/static/` maps to. */
  staticDir: string;
  /** Upper bound of the compressed bytes held; the least recently served file goes first. */
  maxBytes?: number;
  /** Files larger than this are left to per-request compression. */
  maxFileBytes?: number;
};

export type TStaticAssetCache = {
  /** Answers from the cache when it can; true when it did. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Watches a response Next.js is about to send, to cache the file once it went out whole. */
  learn(req: IncomingMessage, res: ServerResponse): void;
  /** Resolves once every file being compressed is stored (for tests). */
  settled(): Promise<void>;
  size(): number;
};

function assetPath(req: IncomingMessage): string | undefined {
  const pathname = (req.url ?? "").split("?")[0]!;
  if (!pathname.startsWith(PREFIX)) return undefined;
  return pathname;
}

function matchesEtag(ifNoneMatch: string, etag: unknown): boolean {
  if (typeof etag !== "string") return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}

export function createStaticAssetCache(options: TStaticAssetCacheOptions): TStaticAssetCache {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxFileBytes = options.maxFileBytes ?? 8 * 1024 * 1024;
  const staticDir = path.resolve(options.staticDir);
  const entries = new Map<string, TEntry>();
  const pending = new Map<string, Promise<void>>();
  let bytes = 0;

  const store = (key: string, entry: TEntry) => {
    const size = entry.br.length + entry.gzip.length;
    if (size > maxBytes) return;
    entries.set(key, entry);
    bytes += size;
    for (const [oldest, old] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= old.br.length + old.gzip.length;
    }
  };

  const compressFile = async (key: string, headers: OutgoingHttpHeaders) => {
    const file = path.join(staticDir, decodeURIComponent(key.slice(PREFIX.length)));
    if (!file.startsWith(staticDir + path.sep)) return;
    const body = await readFile(file);
    if (body.length > maxFileBytes) return;
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    store(key, { headers, br, gzip: gz });
  };

  return {
    serve(req, res) {
      const key = assetPath(req);
      if (!key || req.method !== "GET" || req.headers.range) return false;
      const entry = entries.get(key);
      const encoding = entry && acceptedEncoding(req.headers["accept-encoding"]);
      if (!entry || !encoding) return false;
      const ifNoneMatch = req.headers["if-none-match"];
      if (!ifNoneMatch && req.headers["if-modified-since"]) return false;
      entries.delete(key); // most recently served last
      entries.set(key, entry);
      res.setHeaders(new Map(Object.entries(entry.headers).filter(([, value]) => value !== undefined)) as never);
      res.setHeader("Vary", "Accept-Encoding");
      if (ifNoneMatch && matchesEtag(ifNoneMatch, entry.headers.etag)) {
        res.writeHead(304);
        res.end();
        return true;
      }
      const body: Buffer = entry[encoding satisfies TCompressedEncoding];
      res.setHeader("Content-Encoding", encoding);
      res.setHeader("Content-Length", body.length);
      res.writeHead(200);
      res.end(body);
      return true;
    },

    learn(req, res) {
      const key = assetPath(req);
      if (!key || req.method !== "GET" || req.headers.range || entries.has(key) || pending.has(key)) return;
      res.once("finish", () => {
        const type = String(res.getHeader("Content-Type") ?? "");
        if (res.statusCode !== 200 || !COMPRESSIBLE.test(type) || entries.has(key) || pending.has(key)) return;
        const headers = Object.fromEntries(
          Object.entries(res.getHeaders()).filter(([name]) => !REPLACED.includes(name.toLowerCase())),
        );
        const work = compressFile(key, headers)
          .catch(() => undefined) // a file Next.js served but we cannot read is simply not cached
          .finally(() => pending.delete(key));
        pending.set(key, work);
      });
    },

    async settled() {
      await Promise.all(pending.values());
    },

    size: () => bytes,
  };
}
