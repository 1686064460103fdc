import type { EnvName } from "../state/environments";
import { perEnvironmentStore } from "../state/per-environment-store";
import type { PortalViewMode } from "./consent-request-binding";
import { dotnetDateTimeOffset } from "./dotnet-format";

/**
 * Consent requests as Altinn's repository keeps them (Altinn/altinn-authorization-tmp
 * .../Persistence/Consent/ConsentRepository.cs and the consent schema in
 * .../Altinn.AccessMgmt.PersistenceEF/Migrations/ConsentSchema.sql): the request, its rights with metadata,
 * the template it was made with, a status, and an append-only list of events with UUIDv7 ids.
 * Statuses and event types are spelled as Altinn's JSON spells them (enum names: "Accepted", not "accepted").
 * `Expired` is never stored: Altinn derives it when reading (ConsentService.AddExpiredEventIfConsentIsExpired).
 */
export type ConsentStatus = "Created" | "Accepted" | "Rejected" | "Revoked" | "Deleted";
export type ConsentEventType = ConsentStatus | "Used" | "Expired";

export interface ConsentEvent {
  consentEventId: string;
  consentRequestId: string;
  eventType: ConsentEventType;
  /** Milliseconds since the epoch. */
  created: number;
  /** Party URN of who did it: the consumer for Created, the person for Accepted/Rejected/Revoked. */
  performedBy: string;
}

export interface StoredConsentRight {
  action: string[] | null;
  /** `version` is the resource's version in the registry when the request was made (ConsentResourceAttribute.Version). */
  resource: { type: string | null; value: string | null; version: string }[];
  /** Keys as the consumer sent them; null when none were sent (Altinn stores no rows then). */
  metadata: [string, string | null][] | null;
}

export interface ConsentRequest {
  id: string;
  from: string;
  requiredDelegator: string | null;
  to: string;
  handledBy: string | null;
  validTo: number;
  consentRights: StoredConsentRight[];
  requestMessage: Record<string, string | null> | null;
  redirectUrl: string | null;
  portalViewMode: PortalViewMode;
  templateId: string;
  /** As Altinn records it: the catalogue entry's `version`, which today's catalogue does not have (see README). */
  templateVersion: number | null;
  status: ConsentStatus;
  consented: number | null;
  createdAt: number;
  events: ConsentEvent[];
}

const of = perEnvironmentStore<ConsentRequest>("consent.requests", (requests) =>
  [...requests.values()].map(snapshotOf),
);

export function getConsentRequest(env: EnvName, id: string): ConsentRequest | undefined {
  return of(env).get(id.toLowerCase());
}

/** Stores a new request; false when the id is taken (the primary key violation Altinn's repository catches). */
export function insertConsentRequest(env: EnvName, request: ConsentRequest): boolean {
  const key = request.id.toLowerCase();
  if (of(env).has(key)) return false;
  of(env).set(key, request);
  return true;
}

/** Every request addressed to `to` (for the events feed). */
export function consentRequestsTo(env: EnvName, to: string): ConsentRequest[] {
  return [...of(env).values()].filter((request) => request.to === to);
}

function snapshotOf(request: ConsentRequest) {
  const time = (ms: number | null) => (ms === null ? null : dotnetDateTimeOffset(ms));
  return {
    ...request,
    validTo: time(request.validTo),
    consented: time(request.consented),
    createdAt: time(request.createdAt),
    consentRights: request.consentRights.map((right) => ({
      ...right,
      metadata: right.metadata && Object.fromEntries(right.metadata),
    })),
    events: request.events.map((event) => ({ ...event, created: time(event.created) })),
  };
}
