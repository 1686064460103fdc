import { describe, expect, it } from "vitest";
import { authTimeOf } from "./auth-time";
import { checkAuthTime, parseMaxAge } from "./requested-max-age";

// OIDC Core 3.1.3.7 item 13: after asking for max_age, the client checks the ID token's auth_time.
const now = new Date("2026-11-30T12:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("a login that asked for max_age", () => {
  it("reads max_age as whole seconds only", () => {
    expect(parseMaxAge("0")).toBe(0);
    expect(parseMaxAge("900")).toBe(900);
    for (const bad of [undefined, null, "", "-1", "1.5", "9e9", " 60", "1234567890"]) {
      expect(parseMaxAge(bad)).toBeUndefined();
    }
  });

  it("accepts an auth_time within max_age (and a little clock skew), refuses an older or a missing one", () => {
    expect(() => checkAuthTime({ authTime: secondsAgo(30), maxAgeSeconds: 0, now })).not.toThrow();
    expect(() => checkAuthTime({ authTime: secondsAgo(900 + 120), maxAgeSeconds: 900, now })).not.toThrow();
    expect(() => checkAuthTime({ authTime: secondsAgo(900 + 121), maxAgeSeconds: 900, now })).toThrow(/older/);
    expect(() => checkAuthTime({ authTime: secondsAgo(3600), maxAgeSeconds: 0, now })).toThrow(/older/);
    expect(() => checkAuthTime({ authTime: undefined, maxAgeSeconds: 0, now })).toThrow(/no auth_time/);
  });

  it("reads auth_time (seconds since the epoch) from the ID token, and nothing else as a time", () => {
    expect(authTimeOf({ auth_time: 1_796_040_000 })).toEqual(new Date(1_796_040_000_000));
    for (const bad of [undefined, 0, -5, Number.NaN, "1796040000"]) {
      expect(authTimeOf({ auth_time: bad as number })).toBeUndefined();
    }
  });

  it("asks nothing of a login that did not ask for max_age", () => {
    expect(() => checkAuthTime({ authTime: undefined, maxAgeSeconds: undefined, now })).not.toThrow();
    expect(() => checkAuthTime({ authTime: secondsAgo(86400), maxAgeSeconds: undefined, now })).not.toThrow();
  });
});
