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
 */
export function contentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean; formTargets: string[] }) {
  const { nonce, dev, https, formTargets } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
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
