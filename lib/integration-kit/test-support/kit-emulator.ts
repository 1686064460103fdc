import { expect } from "vitest";
import { savePolicy, saveResource } from "@/emulator/registry/resource-store";
import { parsePolicy } from "@/emulator/registry/xacml-policy";
import { startEmulator } from "@/emulator/start-emulator";
import { grantDigdirScopes } from "@/emulator/test-support/altinn-token";
import { stamiConsentResource } from "@/emulator/test-support/consent-resource";
import { realConsentPolicy } from "@/emulator/test-support/real-consent-policy";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";

// The emulator in-process for the kit's tests, with the portal's upstream clients pointed at it: one consent
// resource in its test registry, and the operator's (Digdir's) Maskinporten client with the consent API scopes.

export const CONSENT_SCOPES = ["altinn:consentrequests.read", "altinn:consentrequests.write"];
const OPERATOR_ORG = "991825827";

export async function startKitEmulator(options: { identifier: string; clientId: string }) {
  const { identifier, clientId } = options;
  const emulator = await startEmulator({ port: 0 });
  const control = async (path: string, body: unknown) => {
    const response = await fetch(`${emulator.url}/_emulator${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.ok).toBe(true);
    return response;
  };

  saveResource(
    "test",
    identifier,
    stamiConsentResource({ identifier, consentMetadata: { inntektsaar: { optional: false } } }),
  );
  // Altinn decides `requestconsent` from the resource's policy: Skatteetaten's real one lets organisations ask.
  const policy = realConsentPolicy("open", identifier);
  const { document, rules } = parsePolicy(policy, identifier);
  savePolicy("test", identifier, policy, document, rules);
  const key = await generateTestClientKey();
  const client = { env: "test", client_id: clientId, client_orgno: OPERATOR_ORG, scopes: CONSENT_SCOPES };
  const registered = await control("/clients", { ...client, jwks: { keys: [key.publicJwk] } });
  expect(registered.status).toBe(201);
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, clientId)));

  return {
    url: emulator.url,
    /** A consumer with Digdir's grant of the consent API scopes that has delegated `delegated` to the operator. */
    async consumer(consumerOrg: string, delegated: string[]) {
      await grantDigdirScopes(emulator.url, consumerOrg, CONSENT_SCOPES);
      if (delegated.length === 0) return;
      await control("/delegations", { env: "test", consumerOrg, supplierOrg: OPERATOR_ORG, scopes: delegated });
    },
    async close() {
      setUpstreamContext(undefined);
      await emulator.close();
    },
  };
}
