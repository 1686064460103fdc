import type { ConsentTemplateCatalogue } from "../consent-templates/template-catalogue";
import { sendJson } from "../http-helpers";
import { readRawBody } from "../registry/request-body";
import type { RouteContext } from "../registry/router";
import { authorizeRequestConsent } from "./authorize-request-consent";
import { appendEvent } from "./consent-lifecycle";
import { bindConsentRequest } from "./consent-request-binding";
import { consentRequestDetailsDto, internalConsentRequestDetails } from "./consent-request-dto";
import { Problems } from "./consent-problems";
import { type ConsentRequest, getConsentRequest, insertConsentRequest } from "./consent-store";
import { AspNetProblem, BareStatus } from "./http-results";
import { Binder, parseJsonText } from "./json-binding";
import { ORGANISATION_URN, parsePartyUrn } from "./party-urn";
import { AltinnProblem, problem } from "./problem-details";
import {
  type ConsentCaller,
  requireConsentCaller,
  SCOPE_CONSENTREQUEST_ORG,
  WRITE_POLICY,
} from "./require-consent-caller";
import { validateConsentRequest } from "./validate-consent-request";

export function viewUri(publicUrl: string, env: string, id: string): string {
  return `${publicUrl}/${env}/consent/requests/${encodeURIComponent(id)}`;
}

async function readBody(context: RouteContext): Promise<unknown> {
  // [Consumes("application/json")]: another content type is 415 before the body is read.
  if (!/^application\/json\b/i.test(context.req.headers["content-type"] ?? "")) throw new AspNetProblem(415);
  return parseJsonText(new Binder("consentRequest"), (await readRawBody(context.req)).toString("utf8"));
}

/**
 * Who handles the request besides the consumer (ConsentController.CreateRequest): a supplier acting for the consumer
 * (the token's `supplier`), or the caller itself when it asks on behalf of another `to`, which only the scope
 * altinn:consentrequests.org allows (Altinn's eBevis case); without it that is Forbid().
 */
function handledByOf(caller: ConsentCaller, to: string): string | null {
  const consumer = `${ORGANISATION_URN}${caller.orgNumber}`;
  let handledBy = caller.supplierOrgNumber ? `${ORGANISATION_URN}${caller.supplierOrgNumber}` : null;
  if (to !== consumer) {
    if (!caller.scopes.includes(SCOPE_CONSENTREQUEST_ORG))
      throw new BareStatus(403, `to (${to}) is not the token's consumer (${consumer})`);
    handledBy = consumer;
  }
  return handledBy;
}

/**
 * POST .../enterprise/consentrequests, as ConsentController.CreateRequest and ConsentService.CreateRequest do it
 * (Altinn/altinn-authorization-tmp .../Api.Enterprise/Controllers/ConsentController.cs, .../Core/Services/ConsentService.cs):
 * scope policy, binding, `to` and handledBy, the requestconsent decision per right, validation, then the insert.
 * An id that already exists is looked at only after all of that: with the same `from` and `to` the stored request is
 * answered with 200 (in Altinn's internal shape, see consent-request-dto.ts), otherwise AM-00016.
 */
export function createConsentRequestHandler(catalogue: ConsentTemplateCatalogue) {
  return async (context: RouteContext): Promise<void> => {
    const caller = await requireConsentCaller(context.req, context.env, WRITE_POLICY);
    const input = bindConsentRequest(await readBody(context));
    const handledBy = handledByOf(caller, input.to.urn);
    authorizeRequestConsent(context.env, input.consentRights, caller.orgNumber);
    const validated = validateConsentRequest(context.env, input, parsePartyUrn(handledBy) ?? null, catalogue);
    const now = Date.now();
    const request: ConsentRequest = {
      id: input.id,
      from: input.from.urn,
      requiredDelegator: input.requiredDelegator?.urn ?? null,
      to: input.to.urn,
      handledBy,
      validTo: input.validTo,
      consentRights: validated.rights,
      requestMessage: input.requestMessage,
      redirectUrl: input.redirectUrl,
      portalViewMode: input.portalViewMode,
      templateId: validated.templateId,
      templateVersion: validated.templateVersion,
      status: "Created",
      consented: null,
      createdAt: now,
      events: [],
    };
    const view = viewUri(context.publicUrl, context.env, request.id);
    if (!insertConsentRequest(context.env, request)) {
      const existing = getConsentRequest(context.env, request.id);
      if (existing && existing.from === request.from && existing.to === request.to) {
        return sendJson(context.res, 200, internalConsentRequestDetails(existing, view));
      }
      throw new AltinnProblem(problem(Problems.ConsentWithIdAlreadyExist, { requestId: request.id }));
    }
    // The Created event is performed by the authenticated party (the consumer), also when a supplier calls.
    appendEvent(request, "Created", `${ORGANISATION_URN}${caller.orgNumber}`, now);
    context.res.setHeader("location", `${context.baseUrl}/${request.id}`);
    sendJson(context.res, 201, consentRequestDetailsDto(request, view));
  };
}
