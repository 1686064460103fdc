import { isDeepStrictEqual } from "node:util";
import { requireConsentCaller } from "./require-consent-caller";
import { sendJson } from "../http-helpers";
import { isOrgAllowedByAccessLists } from "../registry/access-list-check";
import { readJsonBody } from "../registry/request-body";
import type { RouteContext, Router } from "../registry/router";
import type { EnvName } from "../state/environments";
import { consentProblems } from "./consent-problems";
import { type ConsentRequest, getConsentRequest, ORGANISATION_URN, saveConsentRequest } from "./consent-store";
import { type ConsentRequestInput, validateConsentRequest } from "./consent-request-validation";

const WRITE_SCOPE = "altinn:consentrequests.write";
const READ_SCOPE = "altinn:consentrequests.read";

export function viewUri(publicUrl: string, env: EnvName, id: string): string {
  return `${publicUrl}/${env}/consent/requests/${encodeURIComponent(id)}`;
}

/** The request as the API answers it: what was sent, its status and events, and where the person approves it. */
export function consentRequestDto(request: ConsentRequest, publicUrl: string, env: EnvName) {
  const events = [{ eventType: "Created", created: request.createdAt, performedBy: request.to }];
  if (request.consented) events.push({ eventType: "Accepted", created: request.consented, performedBy: request.from });
  if (request.rejected) events.push({ eventType: "Rejected", created: request.rejected, performedBy: request.from });
  return {
    id: request.id,
    from: request.from,
    to: request.to,
    validTo: request.validTo,
    consentRights: request.consentRights,
    requestMessage: request.requestMessage ?? null,
    redirectUrl: request.redirectUrl,
    status: request.status,
    consented: request.consented ?? null,
    consentRequestEvents: events,
    viewUri: viewUri(publicUrl, env, request.id),
  };
}

/** What makes two POSTs "the same request" for an idempotent retry. */
function content(input: ConsentRequestInput | ConsentRequest) {
  const { id, from, to, validTo, consentRights, requestMessage, redirectUrl } = input;
  return { id, from, to, validTo, consentRights, requestMessage, redirectUrl };
}

async function createConsentRequest(context: RouteContext): Promise<void> {
  const caller = await requireConsentCaller(context.req, context.env, [WRITE_SCOPE]);
  const input = validateConsentRequest(context.env, await readJsonBody(context.req));
  if (input.to !== `${ORGANISATION_URN}${caller.orgNumber}`) {
    throw consentProblems.forbidden(`to must be the calling organisation (${ORGANISATION_URN}${caller.orgNumber})`);
  }
  const existing = getConsentRequest(context.env, input.id);
  if (existing) {
    // A retry after a lost response must not create a second request (or fail).
    if (!isDeepStrictEqual(content(existing), content(input))) throw consentProblems.conflict(input.id);
    return sendJson(context.res, 200, consentRequestDto(existing, context.publicUrl, context.env));
  }
  for (const right of input.consentRights) {
    const resourceId = right.resource[0]?.value ?? "";
    if (!isOrgAllowedByAccessLists(context.env, resourceId, caller.orgNumber, "requestconsent")) {
      throw consentProblems.accessListDenied(resourceId, caller.orgNumber);
    }
  }
  const request: ConsentRequest = { ...input, status: "created", createdAt: new Date().toISOString() };
  saveConsentRequest(context.env, request);
  const dto = consentRequestDto(request, context.publicUrl, context.env);
  context.res.setHeader("location", `${context.baseUrl}/${request.id}`);
  sendJson(context.res, 201, dto);
}

export function addConsentRequestRoutes(router: Router): void {
  router.on("POST", "/", createConsentRequest);
  router.on("GET", "/:id", async (context) => {
    const caller = await requireConsentCaller(context.req, context.env, [READ_SCOPE, WRITE_SCOPE]);
    const id = context.params.id ?? "";
    const request = getConsentRequest(context.env, id);
    if (!request) throw consentProblems.notFound(id);
    if (request.to !== `${ORGANISATION_URN}${caller.orgNumber}`) {
      throw consentProblems.forbidden(`Consent request ${id} was not made by organisation ${caller.orgNumber}`);
    }
    sendJson(context.res, 200, consentRequestDto(request, context.publicUrl, context.env));
  });
}
