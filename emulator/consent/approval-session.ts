import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Who is logged in on the consent approval page: a cookie holding the test person's
 * national identity number, HMAC-signed so it cannot be changed to someone else's by
 * editing it. The key lives only in this process, so a restart logs everyone out.
 */
export const APPROVAL_COOKIE = "emulator_consent_person";

const KEY = randomBytes(32);
const ATTRIBUTES = "Path=/; HttpOnly; SameSite=Lax";
const VALUE = /^(\d{11})\.([\w-]{43})$/;

function signature(pid: string): Buffer {
  // The prefix keeps this signature from being valid for anything else signed with the key.
  return createHmac("sha256", KEY).update(`consent-approval-person:${pid}`).digest();
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** The logged-in person's national identity number, or undefined without a genuine cookie. */
export function loggedInPid(req: IncomingMessage): string | undefined {
  const match = VALUE.exec(cookieValue(req, APPROVAL_COOKIE) ?? "");
  if (!match) return undefined;
  const [, pid = "", sent = ""] = match;
  const given = Buffer.from(sent, "base64url");
  const expected = signature(pid);
  return given.length === expected.length && timingSafeEqual(given, expected) ? pid : undefined;
}

/** A browser-session cookie: closing the browser logs out, as after an ID-porten test login. */
export function setLoginCookie(res: ServerResponse, pid: string): void {
  res.setHeader("set-cookie", `${APPROVAL_COOKIE}=${pid}.${signature(pid).toString("base64url")}; ${ATTRIBUTES}`);
}

export function clearLoginCookie(res: ServerResponse): void {
  res.setHeader("set-cookie", `${APPROVAL_COOKIE}=; ${ATTRIBUTES}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`);
}
