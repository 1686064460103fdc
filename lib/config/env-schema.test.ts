import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://postgres:postgres@localhost:5432/portal",
  NEXTAUTH_SECRET: "x".repeat(32),
  OIDC_ISSUER: "http://localhost:4000/idporten",
  OIDC_CLIENT_ID: "consent-portal-local",
  OIDC_CLIENT_SECRET: "super-secret-value",
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected parseEnv to throw");
}

describe("parseEnv", () => {
  it("accepts a complete configuration and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(env.OIDC_SCOPES).toBe("openid profile");
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("names a missing variable", () => {
    expect(problemsOf({ ...valid, OIDC_ISSUER: undefined })).toEqual(["OIDC_ISSUER is missing"]);
  });

  it("names every bad variable at once", () => {
    const problems = problemsOf({ ...valid, DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short" });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DATABASE_URL is invalid: must be a postgresql/);
    expect(problems[1]).toMatch(/^NEXTAUTH_SECRET is invalid: must be at least 32/);
  });

  it("never echoes a secret value in its message", () => {
    const secret = "tiny-secret";
    const error = (() => {
      try {
        parseEnv({ ...valid, NEXTAUTH_SECRET: secret });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toContain("NEXTAUTH_SECRET");
    expect(error?.message).not.toContain(secret);
  });

  it("rejects a malformed enum value", () => {
    expect(problemsOf({ ...valid, LOG_LEVEL: "loud" })[0]).toMatch(/^LOG_LEVEL is invalid/);
  });
});
