import { createHash } from "node:crypto";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TConsentStatusChange } from "./consent-events-client";

/**
 * The feed's items carry no event id (ConsentStatusChangeDto: consentRequestId, eventType, changedDate), so an event is
 * named by what it says: whose feed, the request, the type (case-insensitively, as Altinn spells enums by name) and
 * the instant exactly as Altinn wrote it. A request changes to one status once at one instant, so this names one event;
 * the same page read twice (a partial page is read again until it fills, a worker killed before its commit) gives
 * the same keys, and the unique index on ConsentEvent.eventKey keeps the second copy out.
 */
export function consentEventKey(organisationId: string, environment: TEnvironment, event: TConsentStatusChange) {
  const parts = [
    organisationId,
    environment,
    event.consentRequestId.toLowerCase(),
    (event.eventType ?? "").toLowerCase(),
    event.changedDate,
  ];
  return createHash("sha256").update(parts.join("\n")).digest("hex");
}
