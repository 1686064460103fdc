import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { createDocumentResponseCache, type TDocumentKey } from "@/lib/platform/cache/document-response-cache";
import { personalOwnerOf, personalPageKey } from "@/lib/platform/cache/personal-page-key";
import { portalRevision } from "@/lib/platform/cache/portal-revision";
import { portalRequestListener, type TRequestHandler } from "./portal-request-listener";
import { createStaticAssetCache } from "./static-asset-cache";
import { warmStaticAssets } from "./warm-static-assets";

// The portal's production HTTP server: Next.js through its documented custom-server API
// (https://nextjs.org/docs/app/guides/custom-server: `next({ dev: false }).getRequestHandler()`), with brotli/gzip in
// front (portal-request-listener.ts). Everything else stays Next's own: proxy.ts, route handlers, server actions,
// revalidation and the cache handler all run inside `getRequestHandler()`, as under `next start`.

export type TPortalServerOptions = {
  /** The project folder, or a standalone output folder (`.next/standalone`, the image's `web/`). */
  dir: string;
  port: number;
  hostname?: string;
  /** The build folder inside `dir` (next.config.ts reads NEXT_DIST_DIR the same way). */
  distDir?: string;
  /**
   * Which requests get one response for everyone, kept in memory in front of Next.js (the public pages:
   * lib/catalog/public-page-cache-key.ts; the platform does not import features, so the caller hands it in).
   */
  documentKey?: (req: IncomingMessage) => TDocumentKey | null;
  /**
   * The database whose portal revision keys a signed-in person's kept pages (lib/platform/cache/personal-page-key.ts);
   * without it no signed-in page is kept.
   */
  personalPagesDatabaseUrl?: string;
};

type TNextApp = { prepare(): Promise<void>; getRequestHandler(): TRequestHandler; close(): Promise<void> };
type TCreateNext = (options: Record<string, unknown>) => TNextApp;

/**
 * In a standalone folder there is no next.config.ts: Next's own standalone `server.js` hands the build's resolved
 * configuration over in this variable, read from `<distDir>/required-server-files.json`; so does this server.
 */
function adoptStandaloneConfig(dir: string, distDir: string): void {
  const manifest = path.join(dir, distDir, "required-server-files.json");
  const { config } = JSON.parse(readFileSync(manifest, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

export async function startPortalServer(
  options: TPortalServerOptions & { standalone?: boolean },
): Promise<{ server: Server; close: () => Promise<void> }> {
  const dir = path.resolve(options.dir);
  const distDir = options.distDir ?? ".next";
  if (options.standalone) adoptStandaloneConfig(dir, distDir);
  // `next` from the folder being served: in a standalone folder that is its traced copy, the one its compiled routes
  // require, so that Next's module-level state (async storages, caches) exists once.
  const next = createRequire(path.join(dir, "package.json"))("next") as TCreateNext;
  const hostname = options.hostname ?? "localhost";
  const server = createServer();
  const app = next({ dev: false, dir, hostname, port: options.port, httpServer: server });
  await app.prepare();
  const staticAssets = createStaticAssetCache({ staticDir: path.join(dir, distDir, "static") });
  const documents =
    options.documentKey && createDocumentResponseCache({ keyOf: options.documentKey, maxBytes: 32 * 1024 * 1024 });
  const revision =
    options.personalPagesDatabaseUrl &&
    portalRevision({
      connectionString: options.personalPagesDatabaseUrl,
      onLost: (error) => console.warn("portal revision listener lost; no signed-in page is kept meanwhile", error),
    });
  const personal = revision
    ? {
        cache: createDocumentResponseCache({
          keyOf: personalPageKey(revision.peek),
          maxBytes: 64 * 1024 * 1024,
          quality: "fast",
        }),
        ownerOf: personalOwnerOf,
      }
    : undefined;
  const listener = portalRequestListener(app.getRequestHandler(), staticAssets, documents || undefined, personal);
  // Every script at its best compression before the first visitor asks (warm-static-assets.ts).
  await warmStaticAssets({ listener, staticDir: path.join(dir, distDir, "static"), cache: staticAssets });
  server.on("request", listener);
  // As Next's standalone server.js: a load balancer's idle timeout can be matched (KEEP_ALIVE_TIMEOUT, in ms).
  const keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT);
  if (Number.isFinite(keepAliveTimeout) && keepAliveTimeout > 0) server.keepAliveTimeout = keepAliveTimeout;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  // As `next start` on SIGTERM (next/dist/server/lib/start-server.js): stop accepting connections, let the open
  // requests finish, then close Next.js (which runs pending `after()` work).
  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    if (revision) revision.stop();
    await app.close().catch((error: unknown) => console.error(error));
  };
  return { server, close };
}
