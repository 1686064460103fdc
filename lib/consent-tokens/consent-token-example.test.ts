import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRemoteJWKSet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startTestServer, type TestServer } from "@/lib/upstream/test-support/test-server";
import { consentTokenExample } from "./consent-token-example";
import {
  consentDetail,
  consentRight,
  expectation,
  ISSUER,
  newSigner,
  RESOURCE,
  SCOPE,
  signConsentToken,
  tamper,
  type TTestSigner,
} from "./test-support/signed-consent-token";
import { verifyConsentToken } from "./verify-consent-token";

// The example on the validator page is real code: it is written to a file, imported and run against the
// same tokens as the validator, and must accept exactly the tokens the validator calls valid.

type TExampleModule = { verifyConsentToken: (token: string, expected?: Record<string, string>) => Promise<unknown> };

let signer: TTestSigner;
let server: TestServer;
let folder: string;
let example: TExampleModule;
let jwksUrl: string;

beforeAll(async () => {
  signer = await newSigner();
  server = await startTestServer((_request, res) => sendJson(res, 200, signer.jwks));
  jwksUrl = `${server.url}/jwk`;
  // Inside node_modules so that the example's `import "jose"` resolves as it would in the owner's project.
  folder = await mkdtemp(join(process.cwd(), "node_modules", ".consent-token-example-"));
  const file = join(folder, "verify-consent-token.ts");
  const metadata = [{ key: "inntektsaar", optional: false }];
  await writeFile(file, consentTokenExample({ environment: "test", issuer: ISSUER, jwksUrl, resourceIdentifier: RESOURCE, scopes: [SCOPE], metadata }));
  example = (await import(/* @vite-ignore */ file)) as TExampleModule;
});
afterAll(async () => {
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const past = () => new Date(Date.now() - 60_000).toISOString();
const CASES: [string, () => Promise<string>, Record<string, string>?][] = [
  ["a genuine token", () => signConsentToken(signer)],
  ["a genuine token with the expected metadata value", () => signConsentToken(signer), { inntektsaar: "2024" }],
  ["another metadata value than expected", () => signConsentToken(signer), { inntektsaar: "2025" }],
  ["the metaData spelling", () => signConsentToken(signer, { authorization_details: [consentDetail({ consentRights: [consentRight({ metadata: undefined, metaData: { inntektsaar: "2024" } })] })] })],
  ["a tampered token", async () => tamper(await signConsentToken(signer), (claims) => void (claims.scope = "skd:alt"))],
  ["an expired token", () => signConsentToken(signer, { exp: Math.floor(Date.now() / 1000) - 5 })],
  ["a token without exp", () => signConsentToken(signer, { exp: undefined })],
  ["another issuer", () => signConsentToken(signer, { iss: "https://evil.example/" })],
  ["a missing scope", () => signConsentToken(signer, { scope: "altinn:consentrequests.read" })],
  ["another type", () => signConsentToken(signer, { authorization_details: [{ ...consentDetail(), type: "urn:other" }] })],
  ["to ≠ consumer", () => signConsentToken(signer, { authorization_details: [consentDetail({ to: { ID: "0192:310149942" } })] })],
  ["validTo passed", () => signConsentToken(signer, { authorization_details: [consentDetail({ validTo: past() })] })],
  ["another resource", () => signConsentToken(signer, { authorization_details: [consentDetail({ consentRights: [consentRight({ resource: [{ type: "urn:altinn:resource", value: "other-resource" }] })] })] })],
  ["a missing metadata key", () => signConsentToken(signer, { authorization_details: [consentDetail({ consentRights: [consentRight({ metadata: {} })] })] })],
  ["an unknown metadata key", () => signConsentToken(signer, { authorization_details: [consentDetail({ consentRights: [consentRight({ metadata: { inntektsaar: "2024", x: "1" } })] })] })],
];

describe("the TypeScript example", () => {
  it.each(CASES)("agrees with the validator on %s", async (_name, makeToken, expected = {}) => {
    const token = await makeToken();
    const report = await verifyConsentToken({
      token,
      expectation: expectation(jwksUrl, { expectedValues: expected }),
      keys: createRemoteJWKSet(new URL(jwksUrl)),
    });
    if (report.kind !== "checked") throw new Error(report.kind);
    const accepted = await example.verifyConsentToken(token, expected).then(() => true, () => false);
    expect(accepted).toBe(report.valid);
  });

  it("accepts a genuine token and rejects the others (so the comparison above is not vacuous)", async () => {
    expect(await example.verifyConsentToken(await signConsentToken(signer))).toMatchObject({ consumer: "0192:313876144" });
    await expect(example.verifyConsentToken(await signConsentToken(signer, { scope: "x:y" }))).rejects.toThrow(/scope/);
  });

  it("fills in the environment's issuer and JWKS URL and the resource", () => {
    const code = consentTokenExample({
      environment: "prod",
      issuer: "https://maskinporten.no/",
      jwksUrl: "https://maskinporten.no/jwk",
      resourceIdentifier: "skd-inntekt-samtykke",
      scopes: ["skd:inntekt.read"],
      metadata: [],
    });
    expect(code).toContain('const ISSUER = "https://maskinporten.no/";');
    expect(code).toContain('new URL("https://maskinporten.no/jwk")');
    expect(code).toContain('const RESOURCE_ID = "skd-inntekt-samtykke";');
    expect(code).toContain('const SCOPES: string[] = ["skd:inntekt.read"];');
  });
});
