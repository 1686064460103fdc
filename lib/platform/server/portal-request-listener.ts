import type { IncomingMessage, ServerResponse } from "node:http";
import type { TDocumentResponseCache } from "@/lib/platform/cache/document-response-cache";
import { compressResponses } from "./compress-responses";
import type { TStaticAssetCache } from "./static-asset-cache";

export type TRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * What the portal's HTTP server does with a request: a static asset, or a shared page Next.js served from its own
 * cache (`documents`: the public pages, lib/platform/cache/document-response-cache.ts), from memory when held there;
 * anything else through Next.js (`handle`), compressed on the way out. A page is learnt inside the compressor, where
 * it sees the body as Next.js wrote it. A handler that throws gets Next's own answer
 * to that (next/dist/server/lib/start-server.js): 500 and the error logged.
 */
export function portalRequestListener(
  handle: TRequestHandler,
  staticAssets: TStaticAssetCache,
  documents?: TDocumentResponseCache,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (staticAssets.serve(req, res) || documents?.serve(req, res)) return;
      staticAssets.learn(req, res);
      await compressResponses(req, res, () => {
        documents?.learn(req, res);
        return handle(req, res);
      });
    } catch (error) {
      console.error(`Failed to handle request for ${req.url}`, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end("Internal Server Error");
      } else res.destroy();
    }
  };
}
