import { sendJson } from "../http-helpers";
import type { RouteContext } from "../registry/router";
import { type ConsentEventsQuery, queryConsentEvents } from "./consent-events-query";
import { ValidationErrors } from "./consent-problems";
import type { ConsentSettings } from "./consent-settings";
import {
  dotnetDateTimeOffset,
  dotnetRoundTripFormat,
  guidFromDotnetBytes,
  guidToDotnetBytes,
  strictBase64Decode,
} from "./dotnet-format";
import { ModelBindingError } from "./http-results";
import { ORGANISATION_URN } from "./party-urn";
import { AltinnProblem, type ValidationErrorDescriptor } from "./problem-details";
import { READ_POLICY, requireConsentCaller } from "./require-consent-caller";

/**
 * GET .../enterprise/consentrequests/events, as ConsentController.GetConsentEvents does it (Altinn/altinn-authorization-tmp
 * .../Api.Enterprise/Controllers/ConsentController.cs): query values ASP.NET cannot bind are its 400; then one
 * validation problem for createdAfter >= createdBefore (AM.VLD-00051), an event type outside rejected, accepted,
 * revoked, deleted, used in any case (AM.VLD-00052) and a continuation token that is not base64 of 16 bytes
 * (AM.VLD-00053); a page size outside 1..1000 is AM.VLD-00050 (ConsentService.GetConsentEventsForParty).
 * The answer is PaginatedResult<ConsentStatusChangeDto>: `links.next` only when the page is full, with the last
 * event id as base64 of Guid.ToByteArray() and the filters that were given; `eventType` is the enum name.
 */
const VALID_EVENT_TYPES = ["rejected", "accepted", "revoked", "deleted", "used"];
const GUID = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

function bindQuery(query: URLSearchParams) {
  const errors: Record<string, string[]> = {};
  const invalid = (name: string, value: string) => (errors[name] = [`The value '${value}' is not valid for ${name}.`]);
  const instant = (name: string): number | undefined => {
    const value = query.get(name);
    if (value === null || value === "") return undefined;
    const time = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(value)
      ? Date.parse(value)
      : NaN;
    if (Number.isNaN(time)) invalid(name, value);
    return time;
  };
  const createdAfter = instant("createdAfter");
  const createdBefore = instant("createdBefore");
  const idText = query.get("consentRequestId") || undefined;
  const idMatch = idText ? GUID.exec(idText) : undefined;
  if (idText && !idMatch) invalid("consentRequestId", idText);
  if (Object.keys(errors).length) throw new ModelBindingError(errors);
  const eventTypes = query.getAll("eventType");
  return {
    continuationToken: query.get("continuationToken") ?? "",
    createdAfter,
    createdBefore,
    eventTypes: eventTypes.length ? eventTypes : undefined,
    consentRequestId: idMatch ? idMatch.slice(1).join("-").toLowerCase() : undefined,
  };
}

function validate(bound: ReturnType<typeof bindQuery>): string | undefined {
  const errors: { descriptor: ValidationErrorDescriptor; paths: string[] }[] = [];
  const { createdAfter, createdBefore, eventTypes, continuationToken } = bound;
  if (createdAfter !== undefined && createdBefore !== undefined && createdAfter >= createdBefore) {
    errors.push({ descriptor: ValidationErrors.InvalidDateRange, paths: ["$QUERY/createdAfter"] });
  }
  if (eventTypes?.some((type) => !VALID_EVENT_TYPES.includes(type.toLowerCase()))) {
    errors.push({ descriptor: ValidationErrors.InvalidEventType, paths: ["$QUERY/eventType"] });
  }
  let continueFrom: string | undefined;
  if (continuationToken !== "") {
    const bytes = strictBase64Decode(continuationToken);
    if (bytes?.length === 16) continueFrom = guidFromDotnetBytes(bytes);
    else errors.push({ descriptor: ValidationErrors.InvalidContinuationToken, paths: ["$QUERY/continuationToken"] });
  }
  if (errors.length) throw new AltinnProblem({ kind: "validation", errors });
  return continueFrom;
}

function nextLink(context: RouteContext, lastEventId: string, query: ConsentEventsQuery): string {
  const params = new URLSearchParams({ continuationToken: guidToDotnetBytes(lastEventId).toString("base64") });
  if (context.query.has("consentRequestId") && query.consentRequestId)
    params.append("consentRequestId", query.consentRequestId);
  if (context.query.has("createdAfter") && query.createdAfter !== undefined)
    params.append("createdAfter", dotnetRoundTripFormat(query.createdAfter));
  if (context.query.has("createdBefore") && query.createdBefore !== undefined)
    params.append("createdBefore", dotnetRoundTripFormat(query.createdBefore));
  for (const type of query.eventTypes ?? []) params.append("eventType", type);
  return `${context.baseUrl}/events?${params.toString().replace(/\+/g, "%20")}`;
}

export function consentEventsHandler(settings: ConsentSettings) {
  return async (context: RouteContext): Promise<void> => {
    const caller = await requireConsentCaller(context.req, context.env, READ_POLICY);
    const bound = bindQuery(context.query);
    const continueFrom = validate(bound);
    const pageSize = settings.eventsPageSize;
    if (pageSize <= 0 || pageSize > 1000) {
      throw new AltinnProblem({
        kind: "validation",
        errors: [{ descriptor: ValidationErrors.InvalidPageSizeForConsentEvents, paths: ["pageSize"] }],
      });
    }
    const query: ConsentEventsQuery = { ...bound, continueFrom };
    const events = queryConsentEvents(
      context.env,
      `${ORGANISATION_URN}${caller.orgNumber}`,
      query,
      pageSize,
      settings.eventsLagMs,
    );
    const last = events.at(-1);
    sendJson(context.res, 200, {
      links: { next: events.length === pageSize && last ? nextLink(context, last.consentEventId, query) : null },
      data: events.map((event) => ({
        consentRequestId: event.consentRequestId,
        eventType: event.eventType,
        changedDate: dotnetDateTimeOffset(event.created),
      })),
    });
  };
}
