import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testDb } from "@/test/factories";
import { randomNationalIdentityNumber } from "@/test/identifiers";
import { currentLoginAccessToken, readLoginAccessToken } from "./login-access-token";
import { loginAccessTokenOf, loginScopes } from "./login-scopes";
import { recordLogin } from "./record-login";
import { endSession } from "./end-sessions";
import { openLoginAccessToken, sealLoginAccessToken } from "./sealed-login-token";

// The login's access token (asked with Altinn's enduser scopes) is kept with the server-side session only: the cookie
// names the session, and the token is read from its row while it is valid.

let cookieHeader = "";
vi.mock("next/headers", () => ({ cookies: async () => ({ toString: () => cookieHeader }) }));

const db = testDb();
afterAll(() => db.$disconnect());

const now = new Date("2026-11-30T08:00:00Z");
const SUPPLIERS_WRITE = "altinn:accessmanagement/enduser:maskinportensuppliers.write";

async function logIn(loginAccessToken?: { token: string; expiresAt: Date }) {
  const pid = randomNationalIdentityNumber();
  const login = await recordLogin({ pid, name: "Kari Nordmann", loginAccessToken, now });
  const token = { sub: login.id, userId: login.id, sessionId: login.sessionId, pid };
  cookieHeader = `next-auth.session-token=${await encode({ token, secret: process.env.NEXTAUTH_SECRET! })}`;
  return login;
}

describe("the login's access token", () => {
  it("is stored sealed: another key, a tampered value or one stored in clear opens as missing", async () => {
    const sealed = await sealLoginAccessToken("a-token");
    expect(sealed.split(".")).toHaveLength(5);
    expect(await openLoginAccessToken(sealed)).toBe("a-token");
    expect(await openLoginAccessToken(sealed, "another-secret-another-secret-another")).toBeNull();
    expect(await openLoginAccessToken(`${sealed.slice(0, -2)}xx`)).toBeNull();
    const login = await logIn({ token: "t", expiresAt: new Date(Date.now() + 30 * 60_000) });
    await db.userSession.update({ where: { id: login.sessionId }, data: { loginAccessToken: "in-clear" } });
    expect(await readLoginAccessToken({ db, sessionId: login.sessionId })).toEqual({ ok: false, reason: "missing" });
  });

  it("asks the identity provider for Altinn's enduser scopes besides the configured ones, each once", () => {
    expect(loginScopes("openid profile").split(" ")).toEqual([
      "openid",
      "profile",
      "altinn:accessmanagement/enduser:maskinportensuppliers.read",
      SUPPLIERS_WRITE,
      "altinn:accessmanagement/enduser:maskinportenconsumers.read",
    ]);
    expect(
      loginScopes(`openid ${SUPPLIERS_WRITE}`)
        .split(" ")
        .filter((s) => s === SUPPLIERS_WRITE),
    ).toHaveLength(1);
  });

  it("asks Ansattporten for none and keeps none of its tokens: Altinn exchanges only ID-porten's", () => {
    expect(loginScopes("openid profile", "ansattporten")).toBe("openid profile");
    expect(loginAccessTokenOf({ access_token: "t", expires_at: 1_900_000_000 }, "ansattporten")).toBeUndefined();
  });

  it("reads the expiry from the token response, else from the token itself", () => {
    expect(loginAccessTokenOf({ access_token: "opaque", expires_at: 1_900_000_000 })).toEqual({
      token: "opaque",
      expiresAt: new Date(1_900_000_000_000),
    });
    const jwt = `e30.${Buffer.from(JSON.stringify({ exp: 1_900_000_060 })).toString("base64url")}.x`;
    expect(loginAccessTokenOf({ access_token: jwt })?.expiresAt).toEqual(new Date(1_900_000_060_000));
    expect(loginAccessTokenOf({ access_token: "opaque" })).toBeUndefined();
    expect(loginAccessTokenOf({})).toBeUndefined();
  });

  it("is kept on the session row, never in the cookie, and read back for the request's session", async () => {
    const login = await logIn({ token: "the-access-token", expiresAt: new Date(Date.now() + 30 * 60_000) });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: login.sessionId } });
    // Sealed on the row (sealed-login-token.ts): a dump of the table holds no working token.
    expect(row.loginAccessToken).not.toContain("the-access-token");
    expect(cookieHeader).not.toContain("the-access-token");
    expect(await currentLoginAccessToken()).toEqual({ ok: true, token: "the-access-token" });
  });

  it("is expired a minute before its expiry, missing without one, and gone with the session", async () => {
    const login = await logIn({ token: "t", expiresAt: new Date(now.getTime() + 90_000) });
    expect(await readLoginAccessToken({ db, sessionId: login.sessionId, now })).toEqual({ ok: true, token: "t" });
    const later = new Date(now.getTime() + 31_000);
    expect(await readLoginAccessToken({ db, sessionId: login.sessionId, now: later })).toEqual({
      ok: false,
      reason: "expired",
    });
    const without = await logIn();
    expect(await readLoginAccessToken({ db, sessionId: without.sessionId, now })).toEqual({
      ok: false,
      reason: "missing",
    });
    await endSession({ db, sessionId: login.sessionId });
    expect(await readLoginAccessToken({ db, sessionId: login.sessionId, now })).toEqual({
      ok: false,
      reason: "missing",
    });
    cookieHeader = "";
    expect(await currentLoginAccessToken()).toEqual({ ok: false, reason: "missing" });
  });
});
