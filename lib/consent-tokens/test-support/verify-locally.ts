import { beforeAll, expect } from "vitest";
import type { TCheckId, TConsentTokenReport } from "../consent-token-report";
import { verifyConsentToken } from "../verify-consent-token";
import { expectation, localKeys, newSigner, type TTestSigner } from "./signed-consent-token";

// The validator's tests: tokens signed by a key of the file's own, checked against that key set only (no JWKS URL
// is fetched), and what a report must look like when one check fails.

const JWKS_URL = "https://maskinporten.test.example/jwk";
type TOverrides = Parameters<typeof expectation>[1];

/** What a genuine token gets: every check passed, in the order they run (written out here, not read from the code). */
export const GENUINE_TOKEN_CHECKS: [TCheckId, string][] = [
  ["signature", "pass"],
  ["issuer", "pass"],
  ["expiry", "pass"],
  ["scope", "pass"],
  ["consentType", "pass"],
  ["consumer", "pass"],
  ["validTo", "pass"],
  ["resource", "pass"],
  ["metadataKeys", "pass"],
  ["metadataValues", "pass"],
];

/** The checks that run after `id`, in order. */
export const checksAfter = (id: TCheckId): TCheckId[] =>
  GENUINE_TOKEN_CHECKS.map(([check]) => check).slice(GENUINE_TOKEN_CHECKS.findIndex(([check]) => check === id) + 1);

/** The file's signer (made before its tests; the returned object is filled in then) and verification against it. */
export function localVerifierForTests() {
  const signer = {} as TTestSigner;
  beforeAll(async () => {
    Object.assign(signer, await newSigner());
  });

  async function verify(token: string, overrides: TOverrides = {}): Promise<TConsentTokenReport> {
    return verifyConsentToken({ token, expectation: expectation(JWKS_URL, overrides), keys: localKeys(signer) });
  }

  async function checksOf(token: string, overrides: TOverrides = {}) {
    const report = await verify(token, overrides);
    if (report.kind !== "checked") throw new Error(`expected checks, got ${report.kind}`);
    return { report, check: (id: TCheckId) => report.checks.find((c) => c.id === id) };
  }

  return { signer, verify, checksOf };
}

/** Every check passes except `failing`; the ones that need it are not checked. */
export function expectOnlyFailure(report: TConsentTokenReport, failing: TCheckId, notChecked: TCheckId[] = []) {
  if (report.kind !== "checked") throw new Error(report.kind);
  expect(report.valid).toBe(false);
  for (const check of report.checks) {
    if (check.id === failing) expect(check.status).toBe("fail");
    else if (notChecked.includes(check.id)) expect(check).toMatchObject({ status: "notChecked", blockedBy: failing });
    else if (check.id !== "metadataValues") expect(check.status, check.id).toBe("pass");
  }
}
