import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookieName, sessionCookieValue } from "./session-token";

// The session cookie read without next-auth's getToken: the same claims from the same cookies, the key derived once.

const SECRET = "session-token-test-secret-session-token-test";
const TOKEN = { sub: "u1", userId: "u1", sessionId: "11111111-2222-4333-8444-555555555555", pid: "01010112345" };

describe("decodeSessionToken", () => {
  it("reads what next-auth sealed, as next-auth's own decode reads it", async () => {
    const value = await encode({ token: TOKEN, secret: SECRET });
    const ours = await decodeSessionToken(value, SECRET);
    expect(ours).toMatchObject(TOKEN);
    expect(ours).toEqual(await decode({ token: value, secret: SECRET }));
    // Again, with the key already derived.
    expect(await decodeSessionToken(value, SECRET)).toEqual(ours);
  });

  it("refuses another secret's token, an expired one and anything else", async () => {
    expect(await decodeSessionToken(await encode({ token: TOKEN, secret: `${SECRET}-other` }), SECRET)).toBeNull();
    // Past expiry by more than next-auth's 15 s clock tolerance.
    expect(await decodeSessionToken(await encode({ token: TOKEN, secret: SECRET, maxAge: -60 }), SECRET)).toBeNull();
    expect(await decodeSessionToken("not.a.token.at.all", SECRET)).toBeNull();
    expect(await decodeSessionToken(undefined, SECRET)).toBeNull();
  });
});

describe("sessionCookieValue", () => {
  it("takes next-auth's cookie from a Cookie header and joins its chunks in order", () => {
    expect(sessionCookieValue("a=1; next-auth.session-token=abc.def; b=2")).toBe("abc.def");
    expect(
      sessionCookieValue(
        "next-auth.session-token.1=BBB; x=1; next-auth.session-token.0=AAA; next-auth.session-token.2=C",
      ),
    ).toBe("AAABBBC");
    expect(sessionCookieValue("next-auth.callback-url=%2F; other=x")).toBeUndefined();
    expect(sessionCookieValue("")).toBeUndefined();
  });

  it("uses the __Secure- name when the portal is served over https, as next-auth does", () => {
    expect(sessionCookieName("https://portal.example")).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName("http://localhost:3000")).toBe("next-auth.session-token");
    const header = "next-auth.session-token=plain; __Secure-next-auth.session-token=secure";
    expect(sessionCookieValue(header, sessionCookieName("https://portal.example"))).toBe("secure");
  });
});
