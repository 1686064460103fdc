import { eventsWithExpiry } from "./consent-lifecycle";
import type { ConsentEvent, ConsentRequest, StoredConsentRight } from "./consent-store";
import { dotnetDateTimeOffset } from "./dotnet-format";
import { partyUuidOf } from "./party-urn";

/**
 * The JSON the enterprise consent API answers with.
 *
 * `consentRequestDetailsDto` is ConsentRequestDetailsDto (Altinn/altinn-authorization-tmp
 * src/libs/Altinn.Authorization.Api.Contracts/.../Consent/ConsentRequestDetailsDto.cs, mapped in
 * .../Api.Enterprise/Extensions/ConsentRequestDetailsExtensions.cs): the 201 of POST and the 200 of GET.
 *
 * `internalConsentRequestDetails` is what POST answers (200) when the id already exists for the same parties:
 * ConsentController.CreateRequest returns `Ok(consentRequestStatus.Value.ConsentRequest)`, i.e. the core model
 * Core/Models/Consent/ConsentRequestDetails.cs, not the DTO. So the status is `consentRequestStatus` (there is no
 * `status`), `templateId`/`templateVersion` and each resource's `version` appear, and the events keep the internal
 * party uuid in `performedBy` (ConsentService.CreateRequest maps only from/to/handledBy/requiredDelegator), and no
 * Expired event is added. Altinn's own test of this path (CreateConsentRequestDuplicatePost_Valid_...) deserialises
 * the first response instead of the second, so it does not notice.
 */
const time = (ms: number | null) => (ms === null ? null : dotnetDateTimeOffset(ms));

function rightDto(right: StoredConsentRight, withVersion: boolean) {
  return {
    action: right.action,
    resource: right.resource.map(({ type, value, version }) =>
      withVersion ? { type, value, version } : { type, value },
    ),
    metadata: right.metadata && Object.fromEntries(right.metadata),
  };
}

function eventDto(event: ConsentEvent, performedBy: string) {
  return {
    consentEventID: event.consentEventId,
    created: dotnetDateTimeOffset(event.created),
    performedBy,
    eventType: event.eventType,
    consentRequestID: event.consentRequestId,
  };
}

export function consentRequestDetailsDto(request: ConsentRequest, viewUri: string) {
  return {
    id: request.id,
    from: request.from,
    to: request.to,
    requiredDelegator: request.requiredDelegator,
    handledBy: request.handledBy,
    validTo: time(request.validTo),
    consentRights: request.consentRights.map((right) => rightDto(right, false)),
    requestMessage: request.requestMessage,
    status: request.status,
    consented: time(request.consented),
    redirectUrl: request.redirectUrl,
    consentRequestEvents: eventsWithExpiry(request).map((event) => eventDto(event, event.performedBy)),
    viewUri,
    portalViewMode: request.portalViewMode,
  };
}

export function internalConsentRequestDetails(request: ConsentRequest, viewUri: string) {
  return {
    id: request.id,
    from: request.from,
    requiredDelegator: request.requiredDelegator,
    to: request.to,
    handledBy: request.handledBy,
    validTo: time(request.validTo),
    consentRights: request.consentRights.map((right) => rightDto(right, true)),
    requestMessage: request.requestMessage,
    consentRequestStatus: request.status,
    consented: time(request.consented),
    consentRequestEvents: request.events.map((event) =>
      eventDto(event, `urn:altinn:party:uuid:${partyUuidOf(event.performedBy)}`),
    ),
    redirectUrl: request.redirectUrl,
    viewUri,
    templateId: request.templateId,
    templateVersion: request.templateVersion,
    portalViewMode: request.portalViewMode,
  };
}
