import type { IncomingMessage, ServerResponse } from "node:http";
import { constants } from "node:zlib";
import compression from "compression";

// Compression of everything the portal answers that the static asset cache (static-asset-cache.ts) does not: pages,
// React Server Component payloads, route handlers, server actions, and a static asset's first request. Done by the
// `compression` middleware (expressjs, MIT), which since 1.8 negotiates brotli before gzip by the client's q-values
// (negotiator), adds `Vary: Accept-Encoding`, leaves alone what is already encoded, HEAD requests, `Cache-Control:
// no-transform` and bodies under 1 KB, and streams through zlib instead of buffering. Next.js compresses with gzip only
// (its `compress` option, turned off in next.config.ts), and Next 16 + React 19's own scripts alone are 132.4 kB with
// gzip against 113.7 kB with brotli, which the 130 kB budget of issue 17 needs.

/**
 * Brotli's quality for responses made per request (0–11). Quality 11 is for the cached static assets; per request it
 * costs too much CPU. 4 measured best on the portal's pages (docs/PERFORMANCE.md, "Compression"): close to gzip's CPU
 * per request and still smaller.
 */
export const DYNAMIC_BROTLI_QUALITY = 4;

/** Compressing these would break them or gain nothing. */
function isExcluded(res: ServerResponse): boolean {
  const type = String(res.getHeader("Content-Type") ?? "");
  // Server-sent events must reach the client event by event; a compressor holds bytes back between flushes.
  if (/^text\/event-stream/i.test(type)) return true;
  // A range is a slice of the unencoded file; encoding it would make the bytes disagree with Content-Range.
  return res.statusCode === 206 || res.hasHeader("Content-Range");
}

const middleware = compression({
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY } },
  filter: (req, res) => !isExcluded(res) && compression.filter(req, res),
});

/**
 * Runs `handle` with the response compressed when the client accepts it. Every write is flushed through the
 * compressor at once, so a streamed page (React's HTML arriving Suspense boundary by Suspense boundary) still reaches
 * the browser chunk by chunk: Next.js calls `res.flush()` after its own writes, and this does the same for every other
 * writer (route handlers' streams, `send` for static files).
 */
export function compressResponses(
  req: IncomingMessage,
  res: ServerResponse,
  handle: () => void | Promise<void>,
): void | Promise<void> {
  let done: void | Promise<void> = undefined;
  middleware(req as never, res as never, () => {
    const response = res as ServerResponse & { flush: () => void };
    // One flush per write: Next.js' own `flush()` after a write it made is then a no-op (an empty flush would still
    // add a few bytes to the stream).
    const { write, flush } = response;
    let unflushed = false;
    response.flush = () => {
      if (!unflushed) return;
      unflushed = false;
      flush.call(response);
    };
    response.write = function (this: ServerResponse, ...args: Parameters<typeof write>) {
      const result = write.apply(this, args);
      unflushed = true;
      response.flush();
      return result;
    } as typeof write;
    done = handle();
  });
  return done;
}
