import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { acceptedEncoding, type TCompressedEncoding } from "@/lib/platform/server/accepted-encoding";
import type { TRenderScope } from "./render-scope";

// Whole responses of pages, kept in memory by the portal's HTTP server (lib/platform/server/) in front of Next.js, so
// a repeated request for such a page costs a map lookup and one write instead of Next's router, proxy and render
// (docs/PERFORMANCE.md, "Public pages from memory" and "Signed-in pages from memory"). The server calls `serve`, and
// when it did not answer, `learn`, inside its compressor, so both see the unencoded body.
//
// What may be kept is decided by the caller's `keyOf`: a key must name everything the response depends on (the page,
// its language, the revision of its data, the scheme its CSP was built for, and for a personal page the person's
// session cookie), so that one key is one response. Invalidation: by the key alone, by time, and by owner. Data that
// moves on gives a new key (a revision), and a key is never asked for again once its revision is old; an entry is
// not served past the time its `keepUntil` gave; `forget(owner)` drops every entry of one owner at once (a person's
// copies, when that person changes something); entries go least recently used first beyond `maxBytes`. An entry is
// learnt only from a response with status 200, HTML, no cookie set, that the key's `keepUntil` accepts once the
// response has ended (the public pages: Next.js served it from its own cache for the very page the key names; a
// personal page: its render allowed a copy and nothing refused one, lib/platform/cache/render-scope.ts).
//
// Each kept body is also compressed once, in the background (brotli and gzip at the cache's `quality`: the best, as
// the static assets are, for pages kept for everyone; a fast level for personal pages, kept briefly and for one
// person). `serve` answers a client that accepts an encoding only once that encoding is ready (until then the
// request goes through Next.js and is compressed per request), and one that accepts none with the body as it is.
// An answer from memory carries `X-Portal-Cache: HIT`.
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

/** What `keyOf` answers for a request whose response may be kept (null for any other). */
export type TDocumentKey = {
  key: string;
  /**
   * Once the response has ended: until when it may be answered from memory (ms since the epoch; `Infinity` while its
   * key is asked for), or null when it may not be kept. Given the headers Next.js set and the request's render scope.
   */
  keepUntil: (sent: OutgoingHttpHeaders, scope: TRenderScope) => number | null;
  /** Names whose entries `forget` drops together (a person's session), if any. */
  owner?: string;
};

type TEntry = { headers: OutgoingHttpHeaders; body: Buffer; until: number; owner?: string } & Partial<
  Record<TCompressedEncoding, Buffer>
>;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type TDocumentResponseCache = {
  /** Answers from the cache when it holds the request's document; true when it did. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Watches the response Next.js is about to send for a request `serve` did not answer, to keep it if it may. */
  learn(req: IncomingMessage, res: ServerResponse, scope: TRenderScope): void;
  /** Drops every entry of `owner`. */
  forget(owner: string): void;
  /** Resolves once every kept body being compressed is stored (for tests). */
  settled(): Promise<void>;
  size(): number;
};

function isPlainDocumentRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  if (OTHER_ANSWER.some((name) => req.headers[name] !== undefined)) return false;
  return !/[?&]_rsc=/.test(req.url ?? "");
}

const QUALITY = {
  best: { brotli: constants.BROTLI_MAX_QUALITY, gzip: constants.Z_BEST_COMPRESSION },
  fast: { brotli: 5, gzip: 6 },
} as const;

export function createDocumentResponseCache(options: {
  keyOf: (req: IncomingMessage) => TDocumentKey | null;
  maxBytes: number;
  /** How hard each kept body is compressed (default: the best). */
  quality?: keyof typeof QUALITY;
  now?: () => number;
}): TDocumentResponseCache {
  const quality = QUALITY[options.quality ?? "best"];
  const now = options.now ?? Date.now;
  const entries = new Map<string, TEntry>();
  const owners = new Map<string, Set<string>>();
  const pending = new Set<Promise<void>>();
  let bytes = 0;
  const sizeOf = (entry: TEntry) => entry.body.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0);

  const drop = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= sizeOf(old);
    if (old.owner === undefined) return;
    const keys = owners.get(old.owner);
    keys?.delete(key);
    if (keys?.size === 0) owners.delete(old.owner);
  };

  const evict = () => {
    for (const oldest of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      drop(oldest);
    }
  };

  /** Adds the entry's brotli and gzip forms once they are made, if it is still the one held under its key. */
  const encode = (key: string, entry: TEntry) => {
    const work = Promise.all([
      brotli(entry.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality.brotli,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
        },
      }),
      gzipAsync(entry.body, { level: quality.gzip }),
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
    drop(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    if (entry.owner !== undefined) {
      let keys = owners.get(entry.owner);
      if (!keys) owners.set(entry.owner, (keys = new Set()));
      keys.add(key);
    }
    evict();
    encode(key, entry);
  };

  const keyOf = (req: IncomingMessage) => (isPlainDocumentRequest(req) ? options.keyOf(req) : null);

  return {
    serve(req, res) {
      const found = keyOf(req);
      const entry = found && entries.get(found.key);
      if (!found || !entry) return false;
      if (entry.until <= now()) {
        drop(found.key);
        return false;
      }
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
      res.setHeader("X-Portal-Cache", "HIT");
      res.statusCode = 200;
      res.end(body);
      return true;
    },

    learn(req, res, scope) {
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
        const until =
          res.statusCode === 200 &&
          /^text\/html/i.test(String(sent["content-type"] ?? "")) &&
          sent["set-cookie"] === undefined
            ? found.keepUntil(sent, scope)
            : null;
        if (until !== null && until > now()) {
          const kept = Object.fromEntries(Object.entries(sent).filter(([name]) => !PER_RESPONSE.includes(name)));
          store(found.key, { headers: kept, body: Buffer.concat(chunks), until, owner: found.owner });
        }
        return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as typeof end;
    },

    forget(owner) {
      for (const key of [...(owners.get(owner) ?? [])]) drop(key);
    },

    async settled() {
      await Promise.all(pending);
    },

    size: () => bytes,
  };
}
