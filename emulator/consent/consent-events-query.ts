import type { EnvName } from "../state/environments";
import { type ConsentEvent, consentRequestsTo } from "./consent-store";
import { BareStatus } from "./http-results";
import { uuidV7Time } from "./uuid-v7";

/**
 * ConsentRepository.GetConsentEventsForParty (Altinn/altinn-authorization-tmp .../Persistence/Consent/ConsentRepository.cs):
 * the events of requests whose `to` is the caller, oldest first by event id (UUIDv7), only those made before
 * now - safety lag (Altinn compares the id with Guid.CreateVersion7(now - lag); the emulator to the millisecond),
 * filtered by request id, event type, created >= createdAfter and created < createdBefore, after the continuation id,
 * at most `pageSize` of them.
 */
export interface ConsentEventsQuery {
  consentRequestId?: string;
  eventTypes?: string[];
  createdAfter?: number;
  createdBefore?: number;
  continueFrom?: string;
}

// The labels of the PostgreSQL enum consent.event_type (.../Migrations/ConsentSchema.sql).
const EVENT_TYPE_LABELS = new Set(["accepted", "rejected", "deleted", "created", "revoked", "used"]);

export function queryConsentEvents(
  env: EnvName,
  to: string,
  query: ConsentEventsQuery,
  pageSize: number,
  lagMs: number,
  now = Date.now(),
): ConsentEvent[] {
  // `@eventTypes::consent.event_type[]` casts the strings as given: "Accepted" passes the controller's
  // case-insensitive check but is not a label of the enum, so PostgreSQL throws (an unhandled 500 in Altinn).
  const unknown = query.eventTypes?.find((type) => !EVENT_TYPE_LABELS.has(type));
  if (unknown !== undefined) throw new BareStatus(500, `invalid input value for enum consent.event_type: "${unknown}"`);
  const bound = now - lagMs;
  return consentRequestsTo(env, to)
    .flatMap((request) => request.events)
    .filter(
      (event) =>
        uuidV7Time(event.consentEventId) <= bound &&
        (query.consentRequestId === undefined || event.consentRequestId === query.consentRequestId) &&
        (query.eventTypes === undefined || query.eventTypes.includes(event.eventType.toLowerCase())) &&
        (query.createdAfter === undefined || event.created >= query.createdAfter) &&
        (query.createdBefore === undefined || event.created < query.createdBefore) &&
        (query.continueFrom === undefined || event.consentEventId > query.continueFrom),
    )
    .sort((a, b) => (a.consentEventId < b.consentEventId ? -1 : 1))
    .slice(0, pageSize);
}
