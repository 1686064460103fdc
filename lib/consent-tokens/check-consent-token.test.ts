import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { AppError } from "@/lib/errors/app-error";
import { sendJson, startTestServer, type TestServer } from "@/lib/upstream/test-support/test-server";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/upstream/upstream-context";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { checkConsentToken } from "./check-consent-token";
import { newSigner, SCOPE, signConsentToken, consentDetail, consentRight, type TTestSigner } from "./test-support/signed-consent-token";

// The server side of the validator: the resource is read from the caller's organisation only, and the
// chosen environment's issuer and JWKS URL come from the upstream configuration.

const prisma = testDb();
let server: TestServer;
let signer: TTestSigner;
let owner: { id: string; orgNumber: string };
let other: { id: string; orgNumber: string };
let identifier: string;

beforeAll(async () => {
  signer = await newSigner();
  server = await startTestServer((request, res) =>
    request.url.endsWith("/maskinporten/jwk") ? sendJson(res, 200, signer.jwks) : sendJson(res, 404, {}),
  );
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(server.url, await generateTestClientKey())));
  owner = await createOrganisation(prisma);
  other = await createOrganisation(prisma);
  identifier = `validator-${uniqueSuffix()}`;
  await prisma.consentResource.create({
    data: {
      organisationId: owner.id,
      identifier,
      versions: {
        create: [
          { version: 1, content: { ...validDefinition, identifier, scopeReferences: ["skd:old.scope"] } },
          { version: 2, content: { ...validDefinition, identifier, scopeReferences: [SCOPE] } },
        ],
      },
    },
  });
});
afterAll(async () => {
  setUpstreamContext(undefined);
  await server?.close();
  await prisma.$disconnect();
});

async function tokenFor(environment: "test" | "prod") {
  const rights = [consentRight({ resource: [{ type: "urn:altinn:resource", value: identifier }] })];
  return signConsentToken(signer, { iss: `${server.url}/${environment}/maskinporten/`, authorization_details: [consentDetail({ consentRights: rights })] });
}

const input = (token: string, environment: "test" | "prod" = "test") => ({
  orgNumber: owner.orgNumber,
  environment,
  resourceIdentifier: identifier,
  token,
  expectedMetadata: { inntektsaar: "2024" },
});

describe("checkConsentToken", () => {
  it("checks against the latest version of the organisation's resource and the environment's Maskinporten", async () => {
    const report = await checkConsentToken({ organisationId: owner.id, input: input(await tokenFor("test")) });
    expect(report).toMatchObject({ kind: "checked", valid: true });
    expect(server.requests.some((r) => r.url === "/test/maskinporten/jwk")).toBe(true);
  });

  it("uses the other environment's issuer when production is chosen", async () => {
    const report = await checkConsentToken({ organisationId: owner.id, input: input(await tokenFor("test"), "prod") });
    if (report.kind !== "checked") throw new Error(report.kind);
    expect(report.checks.find((c) => c.id === "issuer")).toMatchObject({ status: "fail", expected: `${server.url}/prod/maskinporten/` });
  });

  it("does not find another organisation's resource", async () => {
    const attempt = checkConsentToken({ organisationId: other.id, input: input(await tokenFor("test")) });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "consentResourceNotFound" });
  });
});
