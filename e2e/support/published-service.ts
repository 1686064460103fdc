import { expect } from "@playwright/test";
import { altinnHeaders, altinnToken } from "../../emulator/test-support/altinn-token";
import { stamiConsentResource } from "../../emulator/test-support/consent-resource";
import { registerTestClient } from "../../emulator/test-support/maskinporten-client";
import { realConsentPolicy } from "../../emulator/test-support/real-consent-policy";
import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { validDefinition } from "../../lib/consent-resources/test-fixtures";
import { E2E_EMULATOR_URL } from "./e2e-env";

export const SKD = "974761076";

/** Skatteetaten's scope in the emulator's Maskinporten and its consent resource in the registry (test), as publishing does. */
export async function publishUpstream(
  scope: string,
  identifier: string,
  consentMetadata: Record<string, { optional: boolean }> = { inntektsaar: { optional: false } },
) {
  const skd = await registerTestClient(E2E_EMULATOR_URL, { orgNumber: SKD, scopes: ["idporten:scopes.write"] });
  const scopes = await fetch(`${E2E_EMULATOR_URL}/test/maskinporten-admin/api/v1/scopes`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${await skd.accessToken("idporten:scopes.write")}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      prefix: "skd",
      subscope: scope.slice("skd:".length),
      description: "E2E service",
      visibility: "PUBLIC",
      allowed_integration_types: ["maskinporten"],
    }),
  });
  expect(scopes.status).toBe(201);
  const registryToken = await altinnToken(E2E_EMULATOR_URL, {
    orgNumber: SKD,
    scopes: ["altinn:resourceregistry/resource.write"],
  });
  const resource = stamiConsentResource({
    identifier,
    title: validDefinition.title,
    description: validDefinition.description,
    rightDescription: validDefinition.rightDescription,
    hasCompetentAuthority: {
      organization: SKD,
      orgcode: "skd",
      name: { nb: "Skatteetaten", nn: "Skatteetaten", en: "Skatteetaten" },
    },
    consentTemplate: validDefinition.consentTemplate,
    consentText: validDefinition.consentText,
    consentMetadata,
    resourceReferences: [{ referenceSource: "Default", reference: scope, referenceType: "MaskinportenScope" }],
  });
  const created = await fetch(`${E2E_EMULATOR_URL}/test/platform/resourceregistry/api/v1/resource`, {
    method: "POST",
    headers: altinnHeaders(registryToken),
    body: JSON.stringify(resource),
  });
  expect(created.status).toBe(201);
  // Altinn decides `requestconsent` from the resource's policy: Skatteetaten's real one, where organisations may ask.
  const policy = new FormData();
  policy.append(
    "policyFile",
    new Blob([realConsentPolicy("open", identifier)], { type: "application/xml" }),
    "policy.xml",
  );
  const uploaded = await fetch(
    `${E2E_EMULATOR_URL}/test/platform/resourceregistry/api/v1/resource/${identifier}/policy`,
    {
      method: "PUT",
      headers: { authorization: `Bearer ${registryToken}` },
      body: policy,
    },
  );
  expect(uploaded.status).toBe(201);
}

/**
 * A Skatteetaten service published to test both upstream and in the portal's records (the owner's side is done).
 * `metadata` declares other keys than the default `inntektsaar`: in both places, or (`upstreamMetadata`) differently
 * upstream, as when the registry holds another version than the portal.
 */
export async function publishTestService(
  db: PrismaClient,
  suffix: string,
  options: {
    metadata?: { key: string; optional: boolean }[];
    upstreamMetadata?: { key: string; optional: boolean }[];
  } = {},
) {
  const scope = `skd:service.e2e${suffix}`;
  const identifier = `skd-service-${suffix}`;
  const metadata = options.metadata ?? validDefinition.consentMetadata;
  const upstream = options.upstreamMetadata ?? metadata;
  await publishUpstream(
    scope,
    identifier,
    Object.fromEntries(upstream.map(({ key, optional }) => [key, { optional }])),
  );
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
  const resource = await db.consentResource.create({
    data: {
      organisationId: skd.id,
      identifier,
      versions: {
        create: {
          version: 1,
          content: { ...validDefinition, identifier, scopeReferences: [scope], consentMetadata: metadata },
        },
      },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id },
  });
  return { scope, identifier };
}
