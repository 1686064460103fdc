import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createConsentRequest, getConsentRequest } from "../consent-requests-client";
import { grantScopeAccess } from "../maskinporten-scopes-client";
import { clearOrganisationCache, lookupOrganisation } from "../organisation-register-client";
import { createResource, putResourcePolicy } from "../resource-registry-client";
import { PORTAL_ORG, contractEmulatorForTests } from "./emulator-fixture";
import { consentPolicy, consentResource } from "./consent-resource-fixture";

const SKD = "974761076";
const BANK = "313876144";
const emulator = contractEmulatorForTests();

describe("Organisation register (contract)", () => {
  it("looks up names and answers null for unknown numbers", async () => {
    clearOrganisationCache();
    expect(await lookupOrganisation("974761076")).toEqual({ orgNumber: "974761076", name: "Skatteetaten" });
    expect(await lookupOrganisation("123456789")).toBeNull();
    expect(await lookupOrganisation("12345")).toBeNull();
  });
});

describe("Consent requests (contract)", () => {
  const resourceId = `contract-consent-${Date.now()}`;

  beforeAll(async () => {
    const owner = { environment: "test" as const, actingFor: SKD };
    await createResource(owner, consentResource(resourceId));
    await putResourcePolicy(owner, resourceId, consentPolicy(resourceId, BANK));
    // Digdir gives the bank the consent API scopes; the bank delegates them to the portal (Digdir's client).
    const digdir = { environment: "test" as const, actingFor: PORTAL_ORG };
    for (const scope of ["altinn:consentrequests.write", "altinn:consentrequests.read"])
      await grantScopeAccess(digdir, scope, BANK);
    await emulator.control("POST", "/_emulator/delegations", {
      env: "test",
      consumerOrg: BANK,
      supplierOrg: PORTAL_ORG,
      scopes: ["altinn:consentrequests.write", "altinn:consentrequests.read"],
    });
  });

  it("creates a consent request for the bank, answers a repeat with the same request, and reads it", async () => {
    const bank = { environment: "test" as const, actingFor: BANK };
    const request = {
      id: randomUUID(),
      from: "urn:altinn:person:identifier-no:21818297804",
      to: `urn:altinn:organization:identifier-no:${BANK}`,
      validTo: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
      consentRights: [
        {
          action: ["consent"],
          resource: [{ type: "urn:altinn:resource", value: resourceId }],
          metadata: { inntektsaar: "2024" },
        },
      ],
      redirectUrl: "https://bank.example/done",
    };
    const first = await createConsentRequest(bank, request);
    expect(first.created).toBe(true);
    expect(first.request).toMatchObject({ id: request.id });
    expect(first.request.viewUri).toMatch(/^https?:\/\//);

    const repeat = await createConsentRequest(bank, request);
    expect(repeat).toMatchObject({ created: false, request: { id: request.id } });

    expect(await getConsentRequest(bank, request.id)).toMatchObject({ id: request.id });
    expect(await getConsentRequest(bank, randomUUID())).toBeNull();
  });
});
