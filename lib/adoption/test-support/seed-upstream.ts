import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateTestClientKey } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";

// Objects that exist upstream before the portal sees them, placed in the emulator through its control endpoints
// (/_emulator/seed/*, /_emulator/clients), never through the portal: for adoption's tests, e2e spec and benchmark.

const REALDATA = path.resolve(fileURLToPath(new URL("../../..", import.meta.url)), "../shared/realdata");
export const SKD = "974761076";

async function post(emulatorUrl: string, path_: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${emulatorUrl}/_emulator${path_}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator POST ${path_}: ${response.status} ${await response.text()}`);
  return response.json();
}

export const seedScopes = (url: string, scopes: Record<string, unknown>[], env = "test") =>
  post(url, "/seed/scopes", { env, scopes });

export const seedResources = (url: string, resources: { resource: unknown; policy?: string }[], env = "test") =>
  post(url, "/seed/resources", { env, resources });

export const seedAccessLists = (url: string, lists: Record<string, unknown>[], env = "test") =>
  post(url, "/seed/access-lists", { env, owner: "skd", lists });

/** A client of Skatteetaten's with one fresh public key, as Maskinporten would hold one made elsewhere. */
export async function seedClient(url: string, client: { id: string; name: string; scopes: string[] }, env = "test") {
  const key = await generateTestClientKey();
  const body = {
    client_id: client.id,
    client_name: client.name,
    scopes: client.scopes,
    jwks: { keys: [key.publicJwk] },
  };
  return post(url, "/clients", { env, client_orgno: SKD, ...body });
}

/**
 * Altinn's real migrated resource (../shared/realdata/resource.skd-migrert-4628-1-7381.json, read at run time) under
 * another identifier: a consent text using {inntektsaar} without declaring it, the contact category
 * `Tilbakemeldinger`, no availableForType. Its competent authority is Skatteetaten (`SKD`).
 */
export function realInconsistentResource(identifier: string): Record<string, unknown> {
  const text = readFileSync(path.join(REALDATA, "resource.skd-migrert-4628-1-7381.json"), "utf8");
  return { ...(JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>), identifier };
}

/** A consistent Skatteetaten consent resource, as the portal would publish one, with the portal's own policy. */
export function consistentResource(identifier: string, options: { version?: string; lists?: string[] } = {}) {
  const resource = {
    identifier,
    version: options.version,
    title: { nb: `Inntekt ${identifier}`, nn: `Inntekt ${identifier}`, en: `Income ${identifier}` },
    description: { nb: "Inntekt", nn: "Inntekt", en: "Income" },
    rightDescription: { nb: "Samtykke", nn: "Samtykke", en: "Consent" },
    status: "Completed",
    contactPoints: [{ category: "Support", email: "support@skatteetaten.no", telephone: "", contactPage: "" }],
    resourceReferences: [],
    delegable: true,
    visible: true,
    hasCompetentAuthority: { organization: SKD, orgcode: "skd", name: { nb: "Skatteetaten" } },
    keywords: [],
    accessListMode: options.lists?.length ? "Enabled" : "Disabled",
    resourceType: "Consent",
    availableForType: ["LegalEntityEnterprise"],
    consentTemplate: "samtykkemal_simpleconsent",
    consentText: {
      nb: "Inntekt for {inntektsaar}.",
      nn: "Inntekt for {inntektsaar}.",
      en: "Income for {inntektsaar}.",
    },
    consentMetadata: { inntektsaar: { optional: false } },
    isOneTimeConsent: false,
  };
  const policy = buildConsentPolicy({
    identifier,
    orgCode: "skd",
    accessListMode: options.lists?.length ? "Enabled" : "Disabled",
    accessListIdentifiers: options.lists ?? [],
  });
  return { resource, policy };
}
