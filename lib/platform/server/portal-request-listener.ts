import type { IncomingMessage, ServerResponse } from "node:http";
import type { TDocumentResponseCache } from "@/lib/platform/cache/document-response-cache";
import { runInRenderScope } from "@/lib/platform/cache/render-scope";
import { compressResponses } from "./compress-responses";
import type { TStaticAssetCache } from "./static-asset-cache";

export type TRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** A person's kept pages (lib/platform/cache/personal-page-key.ts) and who owns a request's. */
export type TPersonalPages = { cache: TDocumentResponseCache; ownerOf: (req: IncomingMessage) => string | null };

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * What the portal's HTTP server does with a request: a static asset, or a page kept in memory (`documents`: the
 * public pages, lib/platform/cache/document-response-cache.ts; `personal`: a signed-in person's pages), answered from
 * there when held; anything else through Next.js (`handle`), compressed on the way out, in a render scope
 * (lib/platform/cache/render-scope.ts) in which the page says whether it may be kept. A page is learnt inside the
 * compressor, where it sees the body as Next.js wrote it. A request that may change something (a server action, a
 * sign-out) drops its sender's kept pages before and after it runs, so the person who made a change never gets a
 * page from before it (others see it once the portal's revision moves, within the notification's delivery). A handler
 * that throws gets Next's own answer to that (next/dist/server/lib/start-server.js): 500 and the error logged.
 */
export function portalRequestListener(
  handle: TRequestHandler,
  staticAssets: TStaticAssetCache,
  documents?: TDocumentResponseCache,
  personal?: TPersonalPages,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (staticAssets.serve(req, res) || documents?.serve(req, res) || personal?.cache.serve(req, res)) return;
      staticAssets.learn(req, res);
      const changer = personal && !READS.has(req.method ?? "GET") ? personal.ownerOf(req) : null;
      if (changer !== null) {
        personal!.cache.forget(changer);
        res.once("finish", () => personal!.cache.forget(changer));
      }
      await compressResponses(req, res, () =>
        runInRenderScope((scope) => {
          documents?.learn(req, res, scope);
          personal?.cache.learn(req, res, scope);
          return handle(req, res);
        }),
      );
    } catch (error) {
      console.error(`Failed to handle request for ${req.url}`, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      } else res.destroy();
    }
  };
}
