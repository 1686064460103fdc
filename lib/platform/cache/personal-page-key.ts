import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { TDocumentKey } from "./document-response-cache";
import { personalCopyUntil } from "./render-scope";

// The key under which the portal's HTTP server keeps a signed-in person's rendered page (document-response-cache.ts),
// and the owner its copies are forgotten by. A page is kept only when its render allowed it (the organisation's
// layout, after the membership check: render-scope.ts) and nothing refused it (an upstream call, an error), and only
// until the time the render gave (at most PERSONAL_COPY_MS, never past the session's end).
//
// The key names everything such a response depends on: the scheme (the CSP), the portal's revision (every record a
// page shows: migration 20261201030000_portal_revision), the whole Cookie header (the session, the language, the
// chosen organisation; a hash, so no cookie value is held as a key), Accept-Language, the Host, and the URL with its query.
// A session that ends (sign out, sign out everywhere, a lost right) moves the revision, so its copies are never
// answered again. The nonce in a kept page's CSP and scripts is the one its render made: the same bytes go again
// only to the same session under the same revision, so an injection could not learn a nonce it could then use (a
// new payload needs a write, which moves the revision, or another URL, which is another key: docs/ARCHITECTURE.md,
// "Signed-in pages from memory").

/** How long a kept page may be answered at most: text that follows the clock ("3 minutes ago") moves on by then. */
export const PERSONAL_COPY_MS = 30_000;

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

const hash = (value: string) => createHash("sha256").update(value).digest("base64url");

/** The session cookie's value (all its chunks), hashed: the owner of a person's kept pages. Null without one. */
export function personalOwnerOf(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const parts = header
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => SESSION_COOKIE.test(pair.slice(0, Math.max(0, pair.indexOf("=")))))
    .sort();
  return parts.length === 0 ? null : hash(parts.join(";"));
}

export function personalPageKey(peekRevision: () => string | null) {
  return (req: IncomingMessage): TDocumentKey | null => {
    if (req.method !== "GET") return null;
    const owner = personalOwnerOf(req);
    if (owner === null) return null;
    const revision = peekRevision();
    if (revision === null) return null;
    const forwarded = req.headers["x-forwarded-proto"];
    const https =
      forwarded === undefined ? Boolean((req.socket as { encrypted?: boolean }).encrypted) : forwarded === "https";
    const { cookie = "", host = "", "accept-language": language = "" } = req.headers;
    const varying = [cookie, language, host, req.url ?? ""].join("\n");
    return {
      key: `${https ? "https" : "http"} ${revision} ${owner} ${hash(varying)}`,
      owner,
      keepUntil: (_sent, scope) => personalCopyUntil(scope),
    };
  };
}
