import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";

// The Maskinporten scopes an organisation must delegate to the portal's operator (as its supplier) before
// the portal can act for it: a service owner manages scopes, resources and access lists; a consumer manages
// its Maskinporten clients.

export const SERVICE_OWNER_SCOPES = [
  "idporten:scopes.write",
  "altinn:resourceregistry/resource.write",
  "altinn:resourceregistry/accesslist.read",
  "altinn:resourceregistry/accesslist.write",
] as const;

export const CONSUMER_SCOPES = ["idporten:dcr.read", "idporten:dcr.modify", "idporten:dcr.write"] as const;

export function requiredScopes(organisation: { scopePrefix: string | null }): readonly string[] {
  return organisation.scopePrefix ? [...SERVICE_OWNER_SCOPES, ...CONSUMER_SCOPES] : CONSUMER_SCOPES;
}

export const DELEGATION_PURPOSES = ["portal", "consentRequests"] as const;
export type TDelegationPurpose = (typeof DELEGATION_PURPOSES)[number];

export function scopesFor(
  purpose: TDelegationPurpose,
  organisation: { scopePrefix: string | null },
): readonly string[] {
  // The integration kit makes test consent requests and fetches consent tokens for a consumer with the consent API scopes.
  return purpose === "consentRequests" ? CONSENT_API_SCOPES : requiredScopes(organisation);
}
