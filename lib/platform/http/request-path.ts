import { safeCallbackPath } from "./safe-callback-path";

/**
 * The request header the proxy sets to the path (and query) a page was asked for, so a page that must send the
 * person to sign in can bring them back to it afterwards. Always overwritten by the proxy: a client cannot set it.
 */
export const REQUEST_PATH_HEADER = "x-portal-request-path";

/** The path and query of the request, without Next.js' own `_rsc` cache-buster. */
export function requestPathOf(url: URL): string {
  const copy = new URL(url.href);
  copy.searchParams.delete("_rsc");
  return `${copy.pathname}${copy.search}`;
}

/**
 * Where to return after signing in: the page asked for when it lies under `within` (and is a safe portal path),
 * else `within` itself.
 */
export function returnPathWithin(asked: string | null, within: string): string {
  const path = safeCallbackPath(asked);
  return path === within || path.startsWith(`${within}/`) || path.startsWith(`${within}?`) ? path : within;
}
