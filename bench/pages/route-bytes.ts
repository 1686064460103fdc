import type { TPageRoute } from "./page-routes";
import { BROWSER_ACCEPT_ENCODING, rawGet } from "./raw-get";

// What a first visit to a route downloads before anything is cached: the HTML document and every script its HTML names
// (`<script src>` and `<link rel="preload" as="script">`), each as it comes over the wire when asked as a browser asks
// (`accept-encoding: gzip, deflate, br, zstd`; the portal's server answers with brotli, see `encoding`). Chunks loaded later by code (a dialog or editor opened on demand) are not
// counted here; e2e/js-budget.spec.ts counts what a real browser fetches until the network is idle.

export type TRouteBytes = {
  route: TPageRoute;
  status: number;
  htmlWire: number;
  htmlRaw: number;
  scripts: string[];
  jsWire: number;
  jsRaw: number;
  encoding: string;
};

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-zA-Z-]+)\s*=\s*"([^"]*)"/g;

/** The script addresses an HTML document names, in order, without repeats. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, tag, attributeText] of html.matchAll(TAG)) {
    const attributes = Object.fromEntries(
      [...attributeText!.matchAll(ATTRIBUTE)].map(([, k, v]) => [k!.toLowerCase(), v!]),
    );
    const isPreload = /(^|\s)(preload|modulepreload)(\s|$)/.test(attributes.rel ?? "") && attributes.as === "script";
    // A `nomodule` script (Next's polyfills) is for browsers without ES modules: no current browser fetches it.
    const isModern = !/(^|\s)nomodule(\s|=|$)/i.test(attributeText!);
    const source =
      tag!.toLowerCase() === "script" ? isModern && attributes.src : isPreload ? attributes.href : undefined;
    if (source) sources.add(source.replaceAll("&amp;", "&"));
  }
  return [...sources];
}

export async function measureRouteBytes(
  portalUrl: string,
  route: TPageRoute,
  cookie: string,
  acceptEncoding = BROWSER_ACCEPT_ENCODING,
): Promise<TRouteBytes> {
  const headers = { "accept-encoding": acceptEncoding, ...(route.signedIn ? { cookie } : {}) };
  const page = await rawGet(new URL(route.path, portalUrl).href, headers);
  const scripts = scriptSources(page.body.toString("utf8"));
  const responses = await Promise.all(
    scripts.map((source) => rawGet(new URL(source, portalUrl).href, { "accept-encoding": acceptEncoding })),
  );
  const failed = responses.findIndex((response) => response.status !== 200);
  if (failed >= 0) throw new Error(`${scripts[failed]} (named by ${route.path}) answered ${responses[failed]!.status}`);
  return {
    route,
    status: page.status,
    htmlWire: page.wireBytes,
    htmlRaw: page.body.length,
    scripts,
    jsWire: responses.reduce((sum, response) => sum + response.wireBytes, 0),
    jsRaw: responses.reduce((sum, response) => sum + response.body.length, 0),
    encoding: [...new Set(responses.map((response) => response.encoding))].join("+") || "none",
  };
}
