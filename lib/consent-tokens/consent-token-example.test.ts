import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRemoteJWKSet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startTestServer, type TestServer } from "@/lib/platform/upstream/test-support/test-server";
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
type TSetting = "ownerScope" | "noScope";

let signer: TTestSigner;
let server: TestServer;
let folder: string;
const examples = {} as Record<TSetting, TExampleModule>;
let jwksUrl: string;
const MIGRATED = "skd_4628_1";
const requiredScopes = (setting: TSetting) => (setting === "ownerScope" ? [SCOPE] : null);

beforeAll(async () => {
  signer = await newSigner();
  server = await startTestServer((_request, res) => sendJson(res, 200, signer.jwks));
  jwksUrl = `${server.url}/jwk`;
  // Inside node_modules so that the example's `import "jose"` resolves as it would in the owner's project.
  folder = await mkdtemp(join(process.cwd(), "node_modules", ".consent-token-example-"));
  const metadata = [{ key: "inntektsaar" }];
  for (const setting of ["ownerScope", "noScope"] as const) {
    const file = join(folder, `verify-consent-token-${setting}.ts`);
    const options = {
      resourceIdentifier: RESOURCE,
      migratedResourceIdentifier: MIGRATED,
      requiredScopes: requiredScopes(setting),
      metadata,
    };
    await writeFile(file, consentTokenExample({ environment: "test", issuer: ISSUER, jwksUrl, ...options }));
    examples[setting] = (await import(/* @vite-ignore */ file)) as TExampleModule;
  }
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
  [
    "the metaData spelling",
    () =>
      signConsentToken(signer, {
        authorization_details: [
          consentDetail({ consentRights: [consentRight({ metadata: undefined, metaData: { inntektsaar: "2024" } })] }),
        ],
      }),
  ],
  ["a tampered token", async () => tamper(await signConsentToken(signer), (claims) => void (claims.scope = "skd:alt"))],
  ["an expired token", () => signConsentToken(signer, { exp: Math.floor(Date.now() / 1000) - 5 })],
  ["a token without exp", () => signConsentToken(signer, { exp: undefined })],
  ["another issuer", () => signConsentToken(signer, { iss: "https://evil.example/" })],
  ["a missing scope", () => signConsentToken(signer, { scope: "altinn:consentrequests.read" })],
  [
    "a supplier's token",
    () =>
      signConsentToken(signer, {
        supplier: { authority: "iso6523-actorid-upis", ID: "0192:310149942" },
        delegation_source: "https://tt02.altinn.no/",
      }),
  ],
  [
    "the migrated resource id",
    () =>
      signConsentToken(signer, {
        authorization_details: [
          consentDetail({
            consentRights: [
              consentRight({ resource: [{ type: "urn:altinn:resource", value: MIGRATED.toUpperCase() }] }),
            ],
          }),
        ],
      }),
  ],
  [
    "metadata keys in capitals",
    () =>
      signConsentToken(signer, {
        authorization_details: [
          consentDetail({ consentRights: [consentRight({ metadata: { INNTEKTSAAR: "2024" } })] }),
        ],
      }),
    { inntektsaar: "2024" },
  ],
  [
    "a key given twice",
    () =>
      signConsentToken(signer, {
        authorization_details: [
          consentDetail({ consentRights: [consentRight({ metadata: { inntektsaar: "2024", Inntektsaar: "2024" } })] }),
        ],
      }),
  ],
  [
    "another type",
    () => signConsentToken(signer, { authorization_details: [{ ...consentDetail(), type: "urn:other" }] }),
  ],
  [
    "to ≠ consumer",
    () => signConsentToken(signer, { authorization_details: [consentDetail({ to: { ID: "0192:310149942" } })] }),
  ],
  ["validTo passed", () => signConsentToken(signer, { authorization_details: [consentDetail({ validTo: past() })] })],
  [
    "another resource",
    () =>
      signConsentToken(signer, {
        authorization_details: [
          consentDetail({
            consentRights: [consentRight({ resource: [{ type: "urn:altinn:resource", value: "other-resource" }] })],
          }),
        ],
      }),
  ],
  [
    "a missing metadata key",
    () =>
      signConsentToken(signer, {
        authorization_details: [consentDetail({ consentRights: [consentRight({ metadata: {} })] })],
      }),
  ],
  [
    "an unknown metadata key",
    () =>
      signConsentToken(signer, {
        authorization_details: [
          consentDetail({ consentRights: [consentRight({ metadata: { inntektsaar: "2024", x: "1" } })] }),
        ],
      }),
  ],
];

describe("the TypeScript example", () => {
  const settings = ["ownerScope", "noScope"] as const;
  it.each(
    settings.flatMap((setting) =>
      CASES.map(([name, makeToken, expected]) => [`${name} (${setting})`, setting, makeToken, expected] as const),
    ),
  )("agrees with the validator on %s", async (_name, setting, makeToken, expected = {}) => {
    const token = await makeToken();
    const report = await verifyConsentToken({
      token,
      expectation: expectation(jwksUrl, {
        expectedValues: expected,
        migratedResourceIdentifier: MIGRATED,
        requiredScopes: requiredScopes(setting),
      }),
      keys: createRemoteJWKSet(new URL(jwksUrl)),
    });
    if (report.kind !== "checked") throw new Error(report.kind);
    const accepted = await examples[setting].verifyConsentToken(token, expected).then(
      () => true,
      () => false,
    );
    expect(accepted).toBe(report.valid);
  });

  it("accepts a genuine token and rejects the others (so the comparison above is not vacuous)", async () => {
    expect(await examples.ownerScope.verifyConsentToken(await signConsentToken(signer))).toMatchObject({
      consumer: "0192:313876144",
      supplier: null,
    });
    await expect(
      examples.ownerScope.verifyConsentToken(await signConsentToken(signer, { scope: "x:y" })),
    ).rejects.toThrow(/scope/);
    expect(
      await examples.noScope.verifyConsentToken(
        await signConsentToken(signer, { scope: "altinn:consentrequests.read" }),
      ),
    ).toMatchObject({
      consumer: "0192:313876144",
    });
  });

  it("fills in the environment's issuer and JWKS URL and the resource", () => {
    const code = consentTokenExample({
      environment: "prod",
      issuer: "https://maskinporten.no/",
      jwksUrl: "https://maskinporten.no/jwk",
      resourceIdentifier: "skd-inntekt-samtykke",
      migratedResourceIdentifier: null,
      requiredScopes: ["skd:inntekt.read"],
      metadata: [],
    });
    expect(code).toContain('const ISSUER = "https://maskinporten.no/";');
    expect(code).toContain('new URL("https://maskinporten.no/jwk")');
    expect(code).toContain('const RESOURCE_ID = "skd-inntekt-samtykke";');
    expect(code).toContain('const REQUIRED_SCOPES: string[] | null = ["skd:inntekt.read"];');
  });
});
