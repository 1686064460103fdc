import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TServiceResource } from "@/lib/platform/upstream/resource-registry-client";

// The portal's definition in the Resource Registry's shape (ServiceResource.cs, camelCase JSON), as
// in Altinn's own example `stami-samtykke-must.json`. Pure: also used to show drift and diffs.

export type TResourceOwner = {
  orgNumber: string;
  /** Altinn org code, e.g. `skd`; service owners have one. */
  orgCode: string;
  name: string;
};

export function toServiceResource(
  definition: TConsentResourceDefinition,
  owner: TResourceOwner,
  options: { version: number; status?: TConsentResourceDefinition["status"] | "Withdrawn" },
): TServiceResource {
  return {
    identifier: definition.identifier,
    // The registry's version is free text; the portal's version number says which draft was published.
    version: String(options.version),
    title: { ...definition.title },
    description: { ...definition.description },
    rightDescription: { ...definition.rightDescription },
    status: options.status ?? definition.status,
    contactPoints: definition.contactPoints.map((point) => ({ ...point })),
    // `Default` is ResourceReferenceSource's value for references that are not from Altinn 2/3 apps.
    resourceReferences: [
      ...definition.scopeReferences.map((scope) => ({
        referenceSource: "Default",
        reference: scope,
        referenceType: "MaskinportenScope",
      })),
      // Altinn 2 references of a migrated resource (ServiceCode, ServiceEditionCode, ...) go back as they came.
      ...(definition.otherReferences ?? []).map((reference) => ({ ...reference })),
    ],
    // A consent is given by delegating the right; a resource that cannot be delegated cannot be consented to.
    delegable: true,
    visible: true,
    hasCompetentAuthority: {
      organization: owner.orgNumber,
      orgcode: owner.orgCode,
      name: { nb: owner.name, nn: owner.name, en: owner.name },
    },
    keywords: definition.keywords.map((keyword) => ({ ...keyword })),
    // Always Disabled for a consent resource, even when the portal restricts it to access lists: Altinn's decision
    // point checks `accessListMode: Enabled` against the resource party of the request
    // (altinn-authorization-tmp, Altinn.Authorization/Controllers/DecisionController.cs, IsAccessListAuthorized), and a
    // `requestconsent` decision has none, so every consumer would be refused. Consent resources are restricted the way
    // Altinn Studio does it: `urn:altinn:access-list` subjects in the policy (build-consent-policy.ts).
    accessListMode: "Disabled",
    resourceType: "Consent",
    availableForType: [...definition.availableForType],
    consentTemplate: definition.consentTemplate,
    consentText: { ...definition.consentText },
    consentMetadata: Object.fromEntries(definition.consentMetadata.map((m) => [m.key, { optional: m.optional }])),
    isOneTimeConsent: definition.isOneTimeConsent,
  };
}
