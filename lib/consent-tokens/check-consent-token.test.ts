import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { AppError } from "@/lib/platform/errors/app-error";
import { sendJson, startTestServer, type TestServer } from "@/lib/platform/upstream/test-support/test-server";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { checkConsentToken } from "./check-consent-token";
import {
  newSigner,
  SCOPE,
  signConsentToken,
  consentDetail,
  consentRight,
  type TTestSigner,
} from "./test-support/signed-consent-token";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// The server side of the validator: the resource is read from the caller's organisation only, and the
// chosen environment's issuer and JWKS URL come from the upstream configuration.

const prisma = testDb();
let server: TestServer;
let signer: TTestSigner;
let owner: { id: string; orgNumber: string };
let other: { id: string; orgNumber: string };
let identifier: string;
let migrated: string;

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
  // A resource migrated from Altinn 2 (ServiceCode 4628, edition 1); converted consents name it {orgCode}_4628_1.
  await prisma.organisation.update({ where: { id: owner.id }, data: { orgCode: `o${uniqueSuffix()}` } });
  migrated = `validator-migrated-${uniqueSuffix()}`;
  const otherReferences = [
    { referenceSource: "Altinn2", reference: "4628", referenceType: "ServiceCode" },
    { referenceSource: "Altinn2", reference: "1", referenceType: "ServiceEditionCode" },
  ];
  await prisma.consentResource.create({
    data: {
      organisationId: owner.id,
      identifier: migrated,
      versions: { create: { version: 1, content: { ...validDefinition, identifier: migrated, otherReferences } } },
    },
  });
});
afterAll(async () => {
  setUpstreamContext(undefined);
  await server?.close();
  await prisma.$disconnect();
});

async function tokenFor(environment: TUpstreamEnvironment, options: { resource?: string; scope?: string } = {}) {
  const rights = [consentRight({ resource: [{ type: "urn:altinn:resource", value: options.resource ?? identifier }] })];
  return signConsentToken(signer, {
    iss: `${server.url}/${environment}/maskinporten/`,
    authorization_details: [consentDetail({ consentRights: rights })],
    ...(options.scope ? { scope: options.scope } : {}),
  });
}

const input = (token: string, environment: TUpstreamEnvironment = "test") => ({
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

  it("requires no scope unless asked: a token with only the consumer's consent-API scope passes; asked, it fails", async () => {
    const token = await tokenFor("test", { scope: "altinn:consentrequests.read" });
    const byDefault = await checkConsentToken({ organisationId: owner.id, input: input(token) });
    expect(byDefault).toMatchObject({ kind: "checked", valid: true });
    const required = await checkConsentToken({
      organisationId: owner.id,
      input: { ...input(token), requireScope: true },
    });
    if (required.kind !== "checked") throw new Error(required.kind);
    expect(required.valid).toBe(false);
    expect(required.checks.find((c) => c.id === "scope")).toMatchObject({ status: "fail", expected: SCOPE });
  });

  it("accepts the id converted Altinn 2 consents carry for a migrated resource: {org}_{serviceCode}_{serviceEditionCode}", async () => {
    const { orgCode } = await prisma.organisation.findUniqueOrThrow({
      where: { id: owner.id },
      select: { orgCode: true },
    });
    const token = await tokenFor("test", { resource: `${orgCode}_4628_1` });
    const report = await checkConsentToken({
      organisationId: owner.id,
      input: { ...input(token), resourceIdentifier: migrated },
    });
    expect(report).toMatchObject({ kind: "checked", valid: true });
  });

  it("uses the other environment's issuer when production is chosen", async () => {
    const report = await checkConsentToken({ organisationId: owner.id, input: input(await tokenFor("test"), "prod") });
    if (report.kind !== "checked") throw new Error(report.kind);
    expect(report.checks.find((c) => c.id === "issuer")).toMatchObject({
      status: "fail",
      expected: `${server.url}/prod/maskinporten/`,
    });
  });

  it("does not find another organisation's resource", async () => {
    const attempt = checkConsentToken({ organisationId: other.id, input: input(await tokenFor("test")) });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "consentResourceNotFound" });
  });
});
