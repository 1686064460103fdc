import { sendJson } from "../http-helpers";
import type { RouteContext } from "../registry/router";
import { Problems } from "./consent-problems";
import { consentRequestDetailsDto } from "./consent-request-dto";
import { getConsentRequest } from "./consent-store";
import { viewUri } from "./create-consent-request";
import { BareStatus } from "./http-results";
import { ORGANISATION_URN } from "./party-urn";
import { AltinnProblem, problem } from "./problem-details";
import { READ_POLICY, requireConsentCaller } from "./require-consent-caller";

const GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

/**
 * GET .../enterprise/consentrequests/{consentRequestId:guid}, as ConsentController.GetRequest and
 * ConsentService.GetRequest do it (Altinn/altinn-authorization-tmp .../Core/Services/ConsentService.cs): an id that is
 * not a GUID matches no route (404, no body); an unknown id is AM-00001 (404); only the organisation in `to` may read it,
 * anyone else (a supplier's own token, an org that asked with the .org scope for another `to`) gets AM-00000 (403).
 * An Expired event is added once validTo has passed; the status itself stays as stored.
 */
export async function getConsentRequestHandler(context: RouteContext): Promise<void> {
  const id = context.params.id ?? "";
  if (!GUID.test(id)) throw new BareStatus(404, "no route: the id is not a GUID");
  const caller = await requireConsentCaller(context.req, context.env, READ_POLICY);
  const request = getConsentRequest(context.env, id);
  if (!request) throw new AltinnProblem(problem(Problems.ConsentNotFound));
  if (request.to !== `${ORGANISATION_URN}${caller.orgNumber}`)
    throw new AltinnProblem(problem(Problems.NotAuthorizedForConsentRequest));
  sendJson(context.res, 200, consentRequestDetailsDto(request, viewUri(context.publicUrl, context.env, request.id)));
}
