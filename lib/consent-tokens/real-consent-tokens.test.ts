import { beforeAll, describe, expect, it } from "vitest";
import { readRealJson } from "@/test/openapi/realdata";
import type { TCheckId, TConsentTokenExpectation } from "./consent-token-report";
import {
  consentDetail,
  consentRight,
  localKeys,
  newSigner,
  signConsentToken,
  signPayload,
  type TTestSigner,
} from "./test-support/signed-consent-token";
import { verifyConsentToken } from "./verify-consent-token";

// Altinn's real consent token payloads (altinn-studio-docs: the Smartbank demo token and a supplier's token, read from
// ../shared/realdata), signed here by a test key in place of Maskinporten's. With the owner's default settings they
// pass every claim check; the owner may still choose to require one of its own scopes.

type TPayload = Record<string, unknown> & {
  iat: number;
  authorization_details: { consentRights: { resource: { value: string }[] }[] }[];
};
const smartbank = readRealJson<TPayload>("consent_token_payload.smartbank.json");
const supplier = readRealJson<TPayload>("consent_token_payload.supplier.json");
const JWKS_URL = "https://test.maskinporten.no/jwk";
let signer: TTestSigner;

beforeAll(async () => {
  signer = await newSigner();
});

/** The owner's expectation for the resource the payload names, checked at the moment the token was issued. */
function expectationFor(
  payload: TPayload,
  overrides: Partial<TConsentTokenExpectation> = {},
): TConsentTokenExpectation {
  return {
    issuer: "https://test.maskinporten.no/",
    jwksUrl: JWKS_URL,
    resourceIdentifier: payload.authorization_details[0]?.consentRights[0]?.resource[0]?.value ?? "",
    requiredScopes: null,
    metadata: [{ key: "inntektsaar", optional: false }],
    expectedValues: {},
    ...overrides,
  };
}

async function verifyReal(payload: TPayload, overrides: Partial<TConsentTokenExpectation> = {}) {
  const report = await verifyConsentToken({
    token: await signPayload(signer, payload),
    expectation: expectationFor(payload, overrides),
    keys: localKeys(signer),
    now: new Date((payload.iat + 30) * 1000),
  });
  if (report.kind !== "checked") throw new Error(report.kind);
  return { report, status: (id: TCheckId) => report.checks.find((c) => c.id === id)?.status };
}

describe("Altinn's real consent tokens", () => {
  it("passes the Smartbank token (scope altinn:consentrequests.read) with the default: no scope required", async () => {
    const { report, status } = await verifyReal(smartbank, { expectedValues: { inntektsaar: "2022" } });
    expect(report.valid).toBe(true);
    expect(report.checks.filter((c) => c.status === "fail")).toEqual([]);
    expect(status("scope")).toBe("notChecked");
    expect(status("metadataValues")).toBe("pass");
    expect(report.holder).toEqual({ consumer: "0192:991825827", supplier: null, delegationSource: null });
  });

  it("passes the supplier's token (metaData spelling) and names the supplier acting for the consumer", async () => {
    const { report, status } = await verifyReal(supplier, { expectedValues: { inntektsaar: "2028" } });
    expect(report.valid).toBe(true);
    expect(status("consumer")).toBe("pass");
    expect(report.holder).toEqual({
      consumer: "0192:313876144",
      supplier: "0192:310149942",
      delegationSource: "https://tt02.altinn.no/",
    });
  });

  it("fails a real token when the owner requires one of its own scopes and the token has none of them", async () => {
    const { report, status } = await verifyReal(smartbank, { requiredScopes: ["skd:inntekt.read"] });
    expect(report.valid).toBe(false);
    expect(status("scope")).toBe("fail");
    expect(report.checks.filter((c) => c.status === "fail").map((c) => c.id)).toEqual(["scope"]);
  });

  it("passes when the required scope is one the token carries", async () => {
    const { report } = await verifyReal(supplier, {
      requiredScopes: ["skd:inntekt.read", "altinn:consentrequests.write"],
    });
    expect(report.valid).toBe(true);
  });

  it("still requires to.ID to be the consumer in a supplier's token: the supplier is not the consumer", async () => {
    const detail = supplier.authorization_details[0];
    const toSupplier = {
      ...supplier,
      authorization_details: [{ ...detail, to: { authority: "iso6523-actorid-upis", ID: "0192:310149942" } }],
    };
    const { report, status } = await verifyReal(toSupplier as TPayload);
    expect(report.valid).toBe(false);
    expect(status("consumer")).toBe("fail");
  });
});

describe("consents converted from Altinn 2", () => {
  it("accepts the migrated resource id {org}_{serviceCode}_{serviceEditionCode} with lower-cased metadata keys", async () => {
    const rights = [
      consentRight({
        resource: [{ type: "urn:altinn:resource", value: "skd_4628_1" }],
        metadata: { inntektsaar: "2016" },
      }),
    ];
    const token = await signConsentToken(signer, { authorization_details: [consentDetail({ consentRights: rights })] });
    const report = await verifyConsentToken({
      token,
      keys: localKeys(signer),
      expectation: {
        issuer: "https://maskinporten.test.example/",
        jwksUrl: JWKS_URL,
        resourceIdentifier: "skd-migrert-4628-1",
        migratedResourceIdentifier: "skd_4628_1",
        requiredScopes: null,
        metadata: [{ key: "InntektsAar", optional: false }],
        expectedValues: { InntektsAar: "2016" },
      },
    });
    expect(report).toMatchObject({ kind: "checked", valid: true });
    if (report.kind === "checked")
      expect(report.checks.find((c) => c.id === "resource")).toMatchObject({
        expected: "skd-migrert-4628-1 skd_4628_1",
        found: "skd_4628_1",
      });
  });

  it("does not take the migrated id for a resource that was not migrated", async () => {
    const rights = [consentRight({ resource: [{ type: "urn:altinn:resource", value: "skd_4628_1" }] })];
    const token = await signConsentToken(signer, { authorization_details: [consentDetail({ consentRights: rights })] });
    const report = await verifyConsentToken({
      token,
      keys: localKeys(signer),
      expectation: {
        ...expectationFor(smartbank),
        issuer: "https://maskinporten.test.example/",
        resourceIdentifier: "skd-migrert-4628-1",
        migratedResourceIdentifier: null,
      },
    });
    expect(report).toMatchObject({ kind: "checked", valid: false });
  });
});
