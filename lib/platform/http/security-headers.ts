// The browser-side defences proxy.ts applies to every request. Pure functions, so they are tested without Next.js.

/** A fresh, unguessable nonce per request (128 bits), as the CSP's `'nonce-…'` source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The portal's Content-Security-Policy, after Next.js' strict-CSP guide (node_modules/next/dist/docs/01-app/02-guides/
 * content-security-policy.md): scripts only with this request's nonce (Next.js reads it from the request's CSP header
 * and puts it on its own scripts; `'strict-dynamic'` lets those load the page's chunks), styles from the portal or with
 * the nonce, nothing embedded, no framing. Forms may post to the portal and, for RP-initiated logout, be redirected to
 * the identity provider (`formTargets`): Chromium applies `form-action` to a form's redirects too. `'unsafe-eval'` only
 * in development, where React rebuilds server error stacks with eval.
 *
 * `nonce: null` is the policy of the statically rendered public pages (landing, catalog pages, catalog entries for a
 * visitor who is not signed in; proxy.ts, lib/catalog/public-page-request.ts). A page rendered once and served from
 * the cache to everyone cannot carry a per-request nonce, and Next.js writes the page's data into inline scripts, so
 * these pages allow inline scripts and styles, as the guide's "Without Nonces" policy does; everything else stays as
 * strict (default-src, object-src, base-uri, form-action, frame-ancestors). That is acceptable because nothing on
 * them comes from the request: no query text (the search, `?q=`, stays on the nonce-bound portal page), no session,
 * and the owners' texts are rendered through React and react-markdown, which escape them (raw HTML is dropped:
 * components/documentation/markdown.tsx), so there is no way to put a script into them.
 */
export function contentSecurityPolicy(options: {
  nonce: string | null;
  dev: boolean;
  https: boolean;
  formTargets: string[];
}) {
  const { nonce, dev, https, formTargets } = options;
  const scripts = nonce === null ? "'unsafe-inline'" : `'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${nonce === null ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    // Only over https: on http://localhost it would send the page's own assets to an https port nobody listens on.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Powerful browser features the portal never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
].join(", ");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request (a server action, a POST/PUT/PATCH/DELETE route handler) sent by a page of another origin:
 * its `Origin` names a host other than the one the request was sent to (`X-Forwarded-Host` behind a proxy, else
 * `Host`, as Next.js' own server-action check reads it). `Origin: null` (sandboxed frames, opaque redirects) is
 * foreign. A request without `Origin` is not from a cross-origin page: browsers send it on every cross-origin POST.
 */
export function isForeignOriginMutation(request: { method: string; headers: Headers }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (!host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
