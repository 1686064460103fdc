import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { acceptedEncoding, type TCompressedEncoding } from "@/lib/platform/server/accepted-encoding";

// Whole responses of pages Next.js serves from its own cache, for the portal's HTTP server (lib/platform/server/) to
// keep in front of Next.js, so a repeated request for such a page costs a map lookup and one write instead of Next's
// router, proxy and cache-hit path (docs/PERFORMANCE.md, "Public pages from memory": ~5x cheaper). The server calls
// `serve`, and when it did not answer, `learn`, inside its compressor, so both see the unencoded body.
//
// What may be kept is decided by the caller's `keyOf`: a key must name everything the response depends on (the page,
// its language, the revision of its data, the scheme its CSP was built for), so that one key is one response for
// everyone. Invalidation: by the key alone. Data that moves on gives a new key (the catalog's revision), and a key is
// never asked for again once its revision is old; entries go least recently used first beyond `maxBytes`. An entry
// is learnt only from a response Next.js served from its own cache (`x-nextjs-cache: HIT`) for the very page the key
// names (`expectedRewrite`: Next's own rewrite header must match), with status 200, HTML, and no cookie set.
//
// Each kept body is also compressed once, in the background, at the best quality (brotli 11, gzip 9) as the static
// assets are (lib/platform/server/static-asset-cache.ts): an entry never changes under its key, so its encodings do
// not either. `serve` answers a client that accepts an encoding only once that encoding is ready (until then the
// request goes through Next.js and is compressed per request), and one that accepts none with the body as it is.
//
// Only plain document requests are answered: a GET without conditional or range headers and without Next's router
// headers (its payload requests get another response under the same URL: `Vary: rsc, next-router-…`).

/** Headers Node.js or the server's compression write per response, never replayed. */
const PER_RESPONSE = ["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive"];
/** Request headers that ask for something else than the stored document. */
const OTHER_ANSWER = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "range",
  "if-none-match",
  "if-modified-since",
];

/** What `keyOf` answers for a request whose response may be shared (null for any other). */
export type TDocumentKey = {
  key: string;
  /** The path Next.js' proxy rewrites this request to, as its `x-middleware-rewrite` header says. */
  expectedRewrite: string;
};

type TEntry = { headers: OutgoingHttpHeaders; body: Buffer } & Partial<Record<TCompressedEncoding, Buffer>>;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type TDocumentResponseCache = {
  /** Answers from the cache when it holds the request's document; true when it did. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Watches the response Next.js is about to send for a request `serve` did not answer, to keep it if it may. */
  learn(req: IncomingMessage, res: ServerResponse): void;
  /** Resolves once every kept body being compressed is stored (for tests). */
  settled(): Promise<void>;
  size(): number;
};

function isPlainDocumentRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  if (OTHER_ANSWER.some((name) => req.headers[name] !== undefined)) return false;
  return !/[?&]_rsc=/.test(req.url ?? "");
}

export function createDocumentResponseCache(options: {
  keyOf: (req: IncomingMessage) => TDocumentKey | null;
  maxBytes: number;
}): TDocumentResponseCache {
  const entries = new Map<string, TEntry>();
  const pending = new Set<Promise<void>>();
  let bytes = 0;
  const sizeOf = (entry: TEntry) => entry.body.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0);

  const evict = () => {
    for (const [oldest, old] of entries) {
      if (bytes <= options.maxBytes) break;
      entries.delete(oldest);
      bytes -= sizeOf(old);
    }
  };

  /** Adds the entry's brotli and gzip forms once they are made, if it is still the one held under its key. */
  const encode = (key: string, entry: TEntry) => {
    const work = Promise.all([
      brotli(entry.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
        },
      }),
      gzipAsync(entry.body, { level: constants.Z_BEST_COMPRESSION }),
    ])
      .then(([br, gz]) => {
        if (entries.get(key) !== entry) return;
        entry.br = br;
        entry.gzip = gz;
        bytes += br.length + gz.length;
        evict();
      })
      .catch(() => undefined) // not compressed: the entry answers clients that take it as it is, others go to Next.js
      .finally(() => pending.delete(work));
    pending.add(work);
  };

  const store = (key: string, entry: TEntry) => {
    if (entry.body.length > options.maxBytes) return;
    const held = entries.get(key);
    if (held) bytes -= sizeOf(held);
    entries.delete(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    evict();
    encode(key, entry);
  };

  const keyOf = (req: IncomingMessage) => (isPlainDocumentRequest(req) ? options.keyOf(req) : null);

  return {
    serve(req, res) {
      const found = keyOf(req);
      const entry = found && entries.get(found.key);
      if (!found || !entry) return false;
      const encoding = acceptedEncoding(req.headers["accept-encoding"]);
      const body = encoding ? entry[encoding] : entry.body;
      if (!body) return false; // its encoding is not made yet
      entries.delete(found.key); // most recently served last
      entries.set(found.key, entry);
      for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
      const vary = entry.headers.vary;
      res.setHeader("Vary", vary ? `${String(vary)}, Accept-Encoding` : "Accept-Encoding");
      if (encoding) res.setHeader("Content-Encoding", encoding);
      res.setHeader("Content-Length", body.length);
      res.statusCode = 200;
      res.end(body);
      return true;
    },

    learn(req, res) {
      const found = keyOf(req);
      if (!found || entries.has(found.key)) return;
      const chunks: Buffer[] = [];
      let headers: OutgoingHttpHeaders | null = null;
      // Next's headers as it set them, before anything below (the compressor) adds its own at writeHead.
      const snapshot = () => (headers ??= { ...res.getHeaders() });
      const keep = (chunk: unknown, encoding?: unknown) => {
        snapshot();
        if (typeof chunk === "string") chunks.push(Buffer.from(chunk, (encoding as BufferEncoding) || "utf8"));
        else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
      };
      const { write, end } = res;
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        keep(chunk, typeof rest[0] === "string" ? rest[0] : undefined);
        return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as typeof write;
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        if (chunk !== undefined && typeof chunk !== "function") {
          keep(chunk, typeof rest[0] === "string" ? rest[0] : undefined);
        } else snapshot();
        const sent = headers!;
        if (
          res.statusCode === 200 &&
          sent["x-nextjs-cache"] === "HIT" &&
          sent["x-middleware-rewrite"] === found.expectedRewrite &&
          /^text\/html/i.test(String(sent["content-type"] ?? "")) &&
          sent["set-cookie"] === undefined
        ) {
          const kept = Object.fromEntries(Object.entries(sent).filter(([name]) => !PER_RESPONSE.includes(name)));
          store(found.key, { headers: kept, body: Buffer.concat(chunks) });
        }
        return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as typeof end;
    },

    async settled() {
      await Promise.all(pending);
    },

    size: () => bytes,
  };
}
