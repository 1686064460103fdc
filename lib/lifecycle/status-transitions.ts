import type { RESOURCE_STATUSES } from "@/lib/consent-resources/resource-definition-schema";

// A consent resource's status as the owner changes it after onboarding. What each status does, read from Altinn's code:
// - The Resource Registry stores `status` as free text and no rule reads it (Altinn/altinn-resource-registry,
//   src/Altinn.ResourceRegistry.Core/Models/ServiceResource.cs: `public string? Status`).
// - The consent API does not refuse a request by the resource's status: it checks only that the resource exists and is
//   of type Consent, then its metadata (Altinn/altinn-authorization-tmp, src/apps/Altinn.AccessManagement/src/
//   Altinn.AccessManagement.Core/Services/ConsentService.cs, the consent right validation: `InvalidConsentResource`).
// So the status tells consumers where a resource stands; what the portal does with it is its own: Deprecated stays
// published (offered in the catalog, requests work, consumers are told to move on); Withdrawn marks each environment's
// publication withdrawn, so the portal's catalog and access requests no longer offer it (lib/catalog/catalog-entry.ts,
// lib/access-requests/create-access-request.ts read PUBLISHED only) and the registry shows Withdrawn.

export type TResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** The status changes the publishing page offers, each a first-class action. */
export const STATUS_CHANGES = ["Completed", "Deprecated", "Withdrawn"] as const satisfies readonly TResourceStatus[];
export type TStatusChange = (typeof STATUS_CHANGES)[number];

const ALLOWED: Record<TResourceStatus, readonly TStatusChange[]> = {
  UnderDevelopment: ["Completed", "Withdrawn"],
  Completed: ["Deprecated", "Withdrawn"],
  // A deprecation can be taken back while the resource is still in use.
  Deprecated: ["Completed", "Withdrawn"],
  // Withdrawn is the end: publishing a version again is the way back, a deliberate step of its own.
  Withdrawn: [],
};

/**
 * The status changes allowed from `current`. The registry takes any text, so a resource adopted with a status the
 * editor does not know is treated as under development.
 */
export function allowedStatusChanges(current: string): readonly TStatusChange[] {
  return current in ALLOWED ? ALLOWED[current as TResourceStatus] : ALLOWED.UnderDevelopment;
}
