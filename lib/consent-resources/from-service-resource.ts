import type { TServiceResource } from "@/lib/platform/upstream/resource-registry-client";
import { AVAILABLE_FOR_TYPES, ACCESS_LIST_MODES, type TConsentResourceDefinition } from "./resource-definition-schema";

// A resource as the Resource Registry holds it (ServiceResource.cs, camelCase JSON) in the portal's shape: the
// inverse of lib/publishing/to-service-resource.ts. It never refuses: whatever the registry accepted is carried over
// as it is (an unknown contact category, a missing availableForType, a text using undeclared placeholders), and
// `definitionProblems` then names what must be fixed before the portal publishes it again. Only values the registry
// itself would refuse to deserialise (an unknown party type or access list mode) have nowhere to go.

const texts = (value: { nb?: string; nn?: string; en?: string } | null | undefined) => ({
  nb: value?.nb ?? "",
  nn: value?.nn ?? "",
  en: value?.en ?? "",
});

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);

export function fromServiceResource(resource: TServiceResource): TConsentResourceDefinition {
  const references = resource.resourceReferences ?? [];
  const isScope = (reference: (typeof references)[number]) => reference.referenceType === "MaskinportenScope";
  return {
    identifier: resource.identifier,
    title: texts(resource.title),
    description: texts(resource.description),
    rightDescription: texts(resource.rightDescription),
    consentTemplate: resource.consentTemplate ?? "",
    consentText: texts(resource.consentText),
    // JSON object order is the declared order; the flag is kept although Altinn ignores it today (AM-00008).
    consentMetadata: Object.entries(resource.consentMetadata ?? {}).map(([key, value]) => ({
      key,
      optional: value.optional ?? false,
    })),
    isOneTimeConsent: resource.isOneTimeConsent ?? false,
    scopeReferences: references.filter(isScope).flatMap((r) => (r.reference ? [r.reference] : [])),
    otherReferences: references
      .filter((r) => !isScope(r))
      .map((r) => ({
        referenceSource: r.referenceSource ?? "",
        reference: r.reference ?? "",
        referenceType: r.referenceType ?? "",
      })),
    contactPoints: (resource.contactPoints ?? []).map((point) => ({
      category: point.category ?? "",
      email: point.email ?? "",
      telephone: point.telephone ?? "",
      contactPage: point.contactPage ?? "",
    })),
    status: resource.status ?? "",
    availableForType: (resource.availableForType ?? []).filter((type) => isOneOf(AVAILABLE_FOR_TYPES, type)),
    keywords: (resource.keywords ?? []).map((keyword) => ({ word: keyword.word, language: keyword.language ?? "" })),
    accessListMode: isOneOf(ACCESS_LIST_MODES, resource.accessListMode) ? resource.accessListMode : "Disabled",
  };
}
