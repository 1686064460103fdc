import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { toServiceResource } from "@/lib/publishing/to-service-resource";
import { readRealText } from "@/test/openapi/realdata";
import { grantScopeAccess } from "../maskinporten-scopes-client";
import { createResource, putResourcePolicy } from "../resource-registry-client";
import { PORTAL_ORG, type startContractEmulator } from "./emulator-fixture";

// Set-up shared by the *.openapi.test.ts files: a consent resource published the portal's way (toServiceResource)
// with a real Altinn policy, and a consumer (the bank) that may call the consent API through the portal.

export const SKD = { orgNumber: "974761076", orgCode: "skd", name: "Skatteetaten" };
export const BANK = "313876144";
export const skdTarget = { environment: "test" as const, actingFor: SKD.orgNumber };
export const bankTarget = { environment: "test" as const, actingFor: BANK };

const REAL_POLICY = "policy.ske-samtykke-sbl-summert-skattegrunnlag.xml";
const REAL_POLICY_RESOURCE = "ske-samtykke-sbl-summert-skattegrunnlag";

/**
 * Skatteetaten's real consent policy (any organisation may request consent: `urn:altinn:partytype` =
 * `organization`; approvers by role and access package; authentication-level obligations), for another resource.
 */
export function realConsentPolicy(resourceId: string): string {
  return readRealText(REAL_POLICY)
    .replace(/^\uFEFF/, "")
    .replaceAll(REAL_POLICY_RESOURCE, resourceId);
}

/** Publishes a consent resource owned by Skatteetaten, as the portal builds it, with the real policy. */
export async function publishConsentResource(identifier: string, metadata = [{ key: "inntektsaar", optional: false }]) {
  const definition = { ...definitionFor({ identifier, scope: "skd:inntekt.read" }), consentMetadata: metadata };
  if (metadata.length !== 1 || metadata[0]?.key !== "inntektsaar") {
    // The consent text must use exactly the declared keys (DOMAIN.md, resource rules).
    const placeholders = metadata.map(({ key }) => `{${key}}`).join(", ");
    definition.consentText = {
      nb: `Samtykke for ${placeholders}`,
      nn: `Samtykke for ${placeholders}`,
      en: `Consent for ${placeholders}`,
    };
  }
  const resource = toServiceResource(definition, SKD, { version: 1 });
  await createResource(skdTarget, resource);
  await putResourcePolicy(skdTarget, identifier, realConsentPolicy(identifier));
  return resource;
}

/** Digdir grants the bank the consent API scopes; the bank delegates them to the portal (Digdir's client). */
export async function letBankUseConsentApi(emulator: Awaited<ReturnType<typeof startContractEmulator>>) {
  const scopes = ["altinn:consentrequests.write", "altinn:consentrequests.read"];
  const digdir = { environment: "test" as const, actingFor: PORTAL_ORG };
  for (const scope of scopes) await grantScopeAccess(digdir, scope, BANK);
  await emulator.control("POST", "/_emulator/delegations", {
    env: "test",
    consumerOrg: BANK,
    supplierOrg: PORTAL_ORG,
    scopes,
  });
}
