import type { EnvName } from "../state/environments";
import { Problems } from "./consent-problems";
import { type ConsentEventType, type ConsentRequest, type ConsentStatus, getConsentRequest } from "./consent-store";
import type { ProblemDescriptor } from "./problem-details";
import { uuidV7 } from "./uuid-v7";

/**
 * Status changes after a request is made, each with its event, as Altinn's ConsentService and ConsentRepository
 * do them (Altinn/altinn-authorization-tmp .../Core/Services/ConsentService.cs AcceptRequest, RejectRequest,
 * RevokeConsent; .../Persistence/Consent/ConsentRepository.cs): repeating the change that already happened answers
 * the request unchanged, any other status is refused with the AM problem Altinn uses.
 * Delete has no implementation in Altinn yet (ConsentRepository.DeleteRequest throws NotImplementedException, while the
 * `deleted` status and event exist); the emulator lets a test simulate it from any status.
 */
export type ConsentTransition = "accept" | "reject" | "revoke" | "delete";

const RULES: Record<
  ConsentTransition,
  { to: ConsentStatus & ConsentEventType; from: ConsentStatus[]; refusal: ProblemDescriptor }
> = {
  accept: { to: "Accepted", from: ["Created"], refusal: Problems.ConsentCantBeAccepted },
  reject: { to: "Rejected", from: ["Created"], refusal: Problems.ConsentCantBeRejected },
  revoke: { to: "Revoked", from: ["Accepted"], refusal: Problems.ConsentCantBeRevoked },
  delete: {
    to: "Deleted",
    from: ["Created", "Accepted", "Rejected", "Revoked"],
    refusal: Problems.ConsentCantBeRevoked,
  },
};

export function appendEvent(
  request: ConsentRequest,
  eventType: ConsentEventType,
  performedBy: string,
  now = Date.now(),
): void {
  request.events.push({
    consentEventId: uuidV7(now),
    consentRequestId: request.id,
    eventType,
    created: now,
    performedBy,
  });
}

export type TransitionResult = { ok: true; request: ConsentRequest } | { ok: false; problem: ProblemDescriptor };

export function changeConsentStatus(
  env: EnvName,
  id: string,
  transition: ConsentTransition,
  performedBy: string,
): TransitionResult {
  const request = getConsentRequest(env, id);
  if (!request) return { ok: false, problem: Problems.ConsentNotFound };
  const rule = RULES[transition];
  if (request.status === rule.to) return { ok: true, request };
  if (!rule.from.includes(request.status)) return { ok: false, problem: rule.refusal };
  const now = Date.now();
  request.status = rule.to;
  if (transition === "accept") request.consented = now;
  appendEvent(request, rule.to, performedBy, now);
  return { ok: true, request };
}

/** The event list as Altinn returns it: an Expired event (id and request id empty, by `to`) once validTo has passed. */
export function eventsWithExpiry(request: ConsentRequest, now = Date.now()) {
  if (request.validTo >= now || request.events.some((event) => event.eventType === "Expired")) return request.events;
  const empty = "00000000-0000-0000-0000-000000000000";
  const expired = {
    consentEventId: empty,
    consentRequestId: empty,
    eventType: "Expired" as const,
    created: request.validTo,
    performedBy: request.to,
  };
  return [...request.events, expired];
}
