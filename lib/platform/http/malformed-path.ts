import { stringProblem } from "@/lib/platform/validation/unsafe-input";

// Next.js decodes a dynamic route's path when it matches it, and a segment whose percent-encoding is broken
// (`/catalog/%E0%A4%A`, `/orgs/%C0%80`) throws its DecodeError there, answered with its /400 page or, when that page
// cannot render, a bare 500 (next/dist/server/lib/router-server.js). The proxy runs before that decoding
// (next/dist/server/lib/router-utils/resolve-routes.js decodes only to match the proxy, ignoring failures), so it answers
// such a path itself: a path that cannot name anything is not found.

// C0 controls and DEL: no identifier, organisation number or id in a portal path holds one.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when a segment of `pathname` (as received, percent-encoded) cannot be decoded or decodes to a control character, NUL or a lone surrogate. */
export function isMalformedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) {
      if (CONTROL.test(segment)) return true;
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (CONTROL.test(decoded) || stringProblem(decoded)) return true;
  }
  return false;
}

/**
 * For the proxy (`proxy.ts`), before anything else: a 404 for a malformed path, or null to go on. The raw path is read
 * from `request.url` (a WHATWG URL keeps percent-encoding as received, and encodes raw NUL and controls).
 */
export function malformedPathResponse(request: Request): Response | null {
  if (!isMalformedPath(new URL(request.url).pathname)) return null;
  return new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
