import "server-only";
import { z } from "zod";
import { type ActingFor, consentRequestsHttp } from "./authorized-http-clients";
import { isUpstreamError, UpstreamError } from "./upstream-error";

// Consent requests in Altinn's access management (`/enterprise/consentrequests`), made for a data consumer with a
// Maskinporten token (`altinn:consentrequests.write|read`, `consumer_org` = the consumer). The response's `viewUri`
// is where the end user approves. Shapes from the OpenAPI (altinn-studio-docs
// `static/swagger/altinn-platform-accessmanagement-v1-consententerprise.json`, `ConsentRequestDto`,
// `ConsentRequestDetailsDto`), rules from Altinn/altinn-authorization-tmp `Core/Services/ConsentService.cs`.

/** `ConsentService.IsValidUrl`: an absolute http(s) URL, or any scheme RFC 3986 allows (mobile apps' deep links). */
function isAcceptedRedirectUrl(value: string): boolean {
  try {
    const scheme = new URL(value).protocol.slice(0, -1);
    return /^[a-z][a-z0-9+\-.]*$/.test(scheme);
  } catch {
    return false;
  }
}

const ZPartyUrn = z.string().startsWith("urn:altinn:");

const ZCreateConsentRight = z.strictObject({
  action: z.array(z.string()).min(1),
  resource: z.array(z.object({ type: z.string(), value: z.string() })).min(1),
  // The OpenAPI's `ConsentRightDto.metadata`; a `metaData` member would be ignored by Altinn, so it is refused here.
  metadata: z.record(z.string(), z.string()).optional(),
});

export const ZCreateConsentRequest = z.object({
  id: z.uuid(),
  from: ZPartyUrn,
  requiredDelegator: ZPartyUrn.optional(),
  to: ZPartyUrn,
  validTo: z.iso.datetime({ offset: true }),
  consentRights: z.array(ZCreateConsentRight).min(1),
  requestMessage: z.record(z.string(), z.string()).optional(),
  redirectUrl: z.string().refine(isAcceptedRedirectUrl, { message: "not an absolute URL" }),
  portalViewMode: z.enum(["Hide", "Show"]).optional(),
});
export type TCreateConsentRequest = z.input<typeof ZCreateConsentRequest>;

// Responses: every member the OpenAPI marks nullable may be null.
const ZConsentRight = z.looseObject({
  action: z.array(z.string()).nullish(),
  resource: z.array(z.looseObject({ type: z.string().nullish(), value: z.string().nullish() })).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

export const ZConsentRequest = z.looseObject({
  id: z.string(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  requiredDelegator: z.string().nullish(),
  handledBy: z.string().nullish(),
  validTo: z.string().nullish(),
  consentRights: z.array(ZConsentRight).nullish(),
  viewUri: z.string().nullish(),
  /** `Created`, `Accepted`, ... as the OpenAPI spells them; compare with `sameConsentStatus`, never `===`. */
  status: z.string().nullish(),
  consented: z.string().nullish(),
});
export type TConsentRequest = z.infer<typeof ZConsentRequest>;

/**
 * Altinn's 403 with no body to a consent request POST: the resource's policy did not permit `requestconsent` for the
 * caller (`ConsentController.CreateRequest` → `AuthorizeCreateConsentRequest` → `Forbid()`), e.g. it is not on the
 * access list. A definite answer, never retried.
 */
export class ConsentRequestDeniedError extends UpstreamError {
  readonly consumer: string;
  readonly resources: string[];

  constructor(cause: UpstreamError, consumer: string, resources: string[]) {
    super(
      {
        ...cause.fields(),
        retryable: false,
        detail: `Altinn refused: ${consumer} may not request consent for ${resources.join(", ")} (not on the service owner's access list, or the policy does not allow organisations)`,
      },
      { cause },
    );
    this.name = "ConsentRequestDeniedError";
    this.consumer = consumer;
    this.resources = resources;
  }
}

const partyNumber = (urn: string) => urn.split(":").at(-1) ?? urn;

/** Creates the request (201), or returns the existing one with the same id (200). */
export async function createConsentRequest(
  target: ActingFor,
  request: TCreateConsentRequest,
): Promise<{ request: TConsentRequest; created: boolean }> {
  const body = ZCreateConsentRequest.parse(request);
  try {
    const { data, status } = await consentRequestsHttp(target, "altinn:consentrequests.write").request({
      method: "POST",
      path: "",
      body,
      schema: ZConsentRequest,
      // A POST, but safe to repeat: the id is ours, and Altinn answers an existing id with 200 and the existing
      // request instead of creating a second one. So a timeout or 503 may be retried without a duplicate; a coded
      // problem (even a 500 STD-00001) is a definite answer and is not (HttpBaseClient reads the body first).
      idempotent: true,
    });
    // A repeated id is answered 200 with Altinn's internal model (`Ok(ConsentRequest)` in ConsentController.CreateRequest):
    // its status is `consentRequestStatus`, not `status`.
    const internal = (data as Record<string, unknown>).consentRequestStatus;
    const request = data.status == null && typeof internal === "string" ? { ...data, status: internal } : data;
    return { request, created: status === 201 };
  } catch (error) {
    const bare =
      isUpstreamError(error) &&
      error.kind === "http" &&
      error.upstream.startsWith("consent-requests") &&
      !error.code &&
      !error.title &&
      !error.detail;
    if (bare && error.status === 403) {
      const resources = body.consentRights.flatMap((right) => right.resource.map((resource) => resource.value));
      throw new ConsentRequestDeniedError(error, partyNumber(body.to), resources);
    }
    throw error;
  }
}

export async function getConsentRequest(target: ActingFor, id: string): Promise<TConsentRequest | null> {
  const { data } = await consentRequestsHttp(target, "altinn:consentrequests.read").request({
    method: "GET",
    path: encodeURIComponent(id),
    schema: ZConsentRequest,
    acceptStatuses: [404],
  });
  return data;
}
