import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env-schema";

const upstream = Object.fromEntries(
  (["TEST", "PROD"] as const).flatMap((e) => [
    [`MASKINPORTEN_${e}_TOKEN_URL`, `http://localhost:4000/${e.toLowerCase()}/maskinporten/token`],
    [`MASKINPORTEN_${e}_AUDIENCE`, `http://localhost:4000/${e.toLowerCase()}/maskinporten/`],
    [`MASKINPORTEN_${e}_JWKS_URL`, `http://localhost:4000/${e.toLowerCase()}/maskinporten/jwk`],
    [`MASKINPORTEN_${e}_ADMIN_API_URL`, `http://localhost:4000/${e.toLowerCase()}/maskinporten-admin/api/v1`],
    [`ALTINN_${e}_PLATFORM_URL`, `http://localhost:4000/${e.toLowerCase()}/platform`],
    [`MASKINPORTEN_${e}_CLIENT_ID`, "operator"],
    [`MASKINPORTEN_${e}_KID`, "operator-key"],
    [`MASKINPORTEN_${e}_KEY_FILE`, "/keys/operator.pem"],
  ]),
);

const valid = {
  ...upstream,
  ORGANISATION_REGISTER_URL: "http://localhost:4000/brreg/enhetsregisteret/api",
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
    expect(env.CONSENT_TEMPLATES_URL).toMatch(/^https:\/\/raw\.githubusercontent\.com\/Altinn\/altinn-studio-docs\//);
  });

  it("logs in through Ansattporten by default, reading Altinn's list of service owners from its CDN", () => {
    const env = parseEnv(valid);
    expect(env.LOGIN_PROVIDER).toBe("ansattporten");
    expect(env.ALTINN_ORGS_URL).toBe("https://altinncdn.no/orgs/altinn-orgs.json");
    expect(env.PLATFORM_ADMIN_PIDS).toEqual([]);
    expect(parseEnv({ ...valid, ALTINN_ORGS_URL: "http://localhost:4000/orgs/altinn-orgs.json" }).ALTINN_ORGS_URL).toBe(
      "http://localhost:4000/orgs/altinn-orgs.json",
    );
    expect(problemsOf({ ...valid, ALTINN_ORGS_URL: "ftp://cdn/orgs.json" })).toEqual([
      expect.stringMatching(/^ALTINN_ORGS_URL is invalid/),
    ]);
  });

  it("names a malformed consent template catalogue URL", () => {
    expect(problemsOf({ ...valid, CONSENT_TEMPLATES_URL: "not a url" })).toEqual([
      expect.stringMatching(/^CONSENT_TEMPLATES_URL is invalid/),
    ]);
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

  it("requires exactly one Maskinporten key source per environment", () => {
    const problems = problemsOf({
      ...valid,
      MASKINPORTEN_PROD_KEY: "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----",
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^MASKINPORTEN_PROD_KEY.*exactly one of MASKINPORTEN_PROD_KEY and MASKINPORTEN_PROD_KEY_FILE/,
      ),
    ]);
  });

  it("names a missing upstream URL", () => {
    expect(problemsOf({ ...valid, ALTINN_TEST_PLATFORM_URL: undefined })).toEqual([
      "ALTINN_TEST_PLATFORM_URL is missing",
    ]);
  });

  it("rejects a malformed enum value", () => {
    expect(problemsOf({ ...valid, LOG_LEVEL: "loud" })[0]).toMatch(/^LOG_LEVEL is invalid/);
  });
});
