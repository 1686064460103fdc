import "server-only";
import { z } from "zod";
import { type ActingFor, consentRequestsHttp } from "./authorized-http-clients";

// Consent requests in Altinn's access management (`/enterprise/consentrequests`), made for a data consumer with a
// Maskinporten token (`altinn:consentrequests.write|read`, `consumer_org` = the consumer). The response's `viewUri`
// is where the end user approves.

const ZConsentRight = z.looseObject({
  action: z.array(z.string()).min(1),
  resource: z.array(z.looseObject({ type: z.string(), value: z.string() })).min(1),
  // The docs spell it both ways (DOMAIN.md); requests use `metaData`, responses may use either.
  metaData: z.record(z.string(), z.string()).optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});

export const ZCreateConsentRequest = z.object({
  id: z.uuid(),
  from: z.string().startsWith("urn:altinn:"),
  to: z.string().startsWith("urn:altinn:"),
  validTo: z.iso.datetime({ offset: true }),
  consentRights: z.array(ZConsentRight).min(1),
  requestMessage: z.record(z.string(), z.string()).optional(),
  redirectUrl: z.url({ protocol: /^https?$/ }),
});
export type TCreateConsentRequest = z.input<typeof ZCreateConsentRequest>;

export const ZConsentRequest = z.looseObject({
  id: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  validTo: z.string().optional(),
  consentRights: z.array(ZConsentRight).optional(),
  viewUri: z.string().optional(),
  status: z.string().optional(),
  consented: z.string().nullish(),
});
export type TConsentRequest = z.infer<typeof ZConsentRequest>;

/** Creates the request (201), or returns the existing one with the same id (200). */
export async function createConsentRequest(
  target: ActingFor,
  request: TCreateConsentRequest,
): Promise<{ request: TConsentRequest; created: boolean }> {
  const body = ZCreateConsentRequest.parse(request);
  const { data, status } = await consentRequestsHttp(target, "altinn:consentrequests.write").request({
    method: "POST",
    path: "",
    body,
    schema: ZConsentRequest,
    // A POST, but safe to repeat: the id is ours, and Altinn answers an existing id with 200 and the existing
    // request instead of creating a second one. So a timeout or 503 may be retried without a duplicate.
    idempotent: true,
  });
  return { request: data, created: status === 201 };
}

export async function getConsentRequest(target: ActingFor, id: string): Promise<TConsentRequest | null> {
  const { data } = await consentRequestsHttp(target, "altinn:consentrequests.read").request({
    method: "GET", path: encodeURIComponent(id), schema: ZConsentRequest, acceptStatuses: [404],
  });
  return data;
}
