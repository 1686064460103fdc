import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ALTINN_CONSENT_TEMPLATES_URL, upstreamConfig, ZUpstreamEnv } from "./upstream-env-schema";

const PEM =
  "-----BEGIN PRIVATE KEY-----\nTUlJRXZRSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS2N3Z2dTakFnRUFBb0lCQVFD\n-----END PRIVATE KEY-----";

function vars(overrides: Record<string, string | undefined> = {}) {
  const base: Record<string, string | undefined> = {
    ORGANISATION_REGISTER_URL: "http://localhost:4000/brreg/enhetsregisteret/api",
  };
  for (const e of ["TEST", "PROD"]) {
    const env = e.toLowerCase();
    Object.assign(base, {
      [`MASKINPORTEN_${e}_TOKEN_URL`]: `http://localhost:4000/${env}/maskinporten/token`,
      [`MASKINPORTEN_${e}_AUDIENCE`]: `http://localhost:4000/${env}/maskinporten/`,
      [`MASKINPORTEN_${e}_JWKS_URL`]: `http://localhost:4000/${env}/maskinporten/jwk`,
      [`MASKINPORTEN_${e}_ADMIN_API_URL`]: `http://localhost:4000/${env}/maskinporten-admin/api/v1/`,
      [`ALTINN_${e}_PLATFORM_URL`]: `http://localhost:4000/${env}/platform/`,
      [`MASKINPORTEN_${e}_CLIENT_ID`]: `portal-${env}`,
      [`MASKINPORTEN_${e}_KID`]: `kid-${env}`,
      [`MASKINPORTEN_${e}_KEY`]: PEM,
    });
  }
  return { ...base, ...overrides };
}

describe("ZUpstreamEnv", () => {
  it("derives the per-environment config and hides the key", () => {
    const config = upstreamConfig(ZUpstreamEnv.parse(vars()), "prod");
    expect(config.altinn).toEqual({
      platformUrl: "http://localhost:4000/prod/platform",
      resourceRegistryUrl: "http://localhost:4000/prod/platform/resourceregistry/api/v1",
      exchangeUrl: "http://localhost:4000/prod/platform/authentication/api/v1/exchange/maskinporten",
      consentRequestsUrl: "http://localhost:4000/prod/platform/accessmanagement/api/v1/enterprise/consentrequests",
    });
    expect(config.maskinporten).toMatchObject({
      clientId: "portal-prod",
      kid: "kid-prod",
      audience: "http://localhost:4000/prod/maskinporten/",
    });
    expect(config.maskinporten.adminApiUrl).toBe("http://localhost:4000/prod/maskinporten-admin/api/v1");
    expect(config.maskinporten.key.kind).toBe("pem");
    expect(JSON.stringify(config)).not.toContain("TUlJRXZRSUJ");
    expect(inspect(config, { depth: 10 })).not.toContain("TUlJRXZRSUJ");
  });

  it("takes a key file instead of an inline key", () => {
    const config = upstreamConfig(
      ZUpstreamEnv.parse(vars({ MASKINPORTEN_TEST_KEY: undefined, MASKINPORTEN_TEST_KEY_FILE: "/run/secrets/mp.pem" })),
      "test",
    );
    expect(config.maskinporten.key).toEqual({
      kind: "file",
      path: "/run/secrets/mp.pem",
      variable: "MASKINPORTEN_TEST_KEY_FILE",
    });
  });

  it("requires exactly one of KEY and KEY_FILE", () => {
    const both = ZUpstreamEnv.safeParse(vars({ MASKINPORTEN_PROD_KEY_FILE: "/k.pem" }));
    const neither = ZUpstreamEnv.safeParse(vars({ MASKINPORTEN_PROD_KEY: undefined }));
    for (const result of [both, neither]) {
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["MASKINPORTEN_PROD_KEY"]);
    }
  });

  it("rejects a malformed key without quoting it", () => {
    const result = ZUpstreamEnv.safeParse(vars({ MASKINPORTEN_TEST_KEY: "not-a-key-SECRETVALUE" }));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain("SECRETVALUE");
  });

  it("reads the consent template catalogue where Altinn does unless told otherwise", () => {
    expect(upstreamConfig(ZUpstreamEnv.parse(vars()), "test").consentTemplatesUrl).toBe(ALTINN_CONSENT_TEMPLATES_URL);
    expect(ALTINN_CONSENT_TEMPLATES_URL).toMatch(/altinn-studio-docs\/master\/.*\/consent_templates\.json$/);
    const local = "http://localhost:4000/altinn-studio-docs/consent_templates.json";
    const values = ZUpstreamEnv.parse(vars({ CONSENT_TEMPLATES_URL: local }));
    expect([
      upstreamConfig(values, "test").consentTemplatesUrl,
      upstreamConfig(values, "prod").consentTemplatesUrl,
    ]).toEqual([local, local]);
    const bad = ZUpstreamEnv.safeParse(vars({ CONSENT_TEMPLATES_URL: "file:///etc/passwd" }));
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["CONSENT_TEMPLATES_URL"]);
  });

  it("requires every URL", () => {
    const result = ZUpstreamEnv.safeParse(
      vars({ ALTINN_TEST_PLATFORM_URL: undefined, ORGANISATION_REGISTER_URL: "ftp://x" }),
    );
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "ALTINN_TEST_PLATFORM_URL",
      "ORGANISATION_REGISTER_URL",
    ]);
  });
});
