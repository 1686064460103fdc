import "server-only";
import { z } from "zod";
import { type ActingFor, consentRequestsHttp } from "@/lib/platform/upstream/authorized-http-clients";

// Altinn's consent events feed for a consumer: GET .../enterprise/consentrequests/events (Altinn/altinn-authorization-tmp
// src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enterprise/Controllers/ConsentController.cs,
// GetConsentEvents). The feed is the authenticated party's, the token's `consumer`: the portal asks with a Maskinporten
// token issued with `consumer_org` = the consumer, which needs the consumer's delegation of altinn:consentrequests.read
// (POLICY_CONSENTREQUEST_READ). Shape from the OpenAPI (../shared/realdata/altinn-platform-accessmanagement-v1-
// consententerprise.json, ConsentStatusChangeDtoPaginatedResult): no event id in the items; `links.next` only when the
// page is full, its `continuationToken` the last event's id.

export const ZConsentStatusChange = z.object({
  consentRequestId: z.uuid(),
  eventType: z.string().nullish(),
  changedDate: z.string(),
});
export type TConsentStatusChange = z.infer<typeof ZConsentStatusChange>;

const ZConsentEventsPage = z.object({
  data: z.array(ZConsentStatusChange).nullish(),
  links: z.object({ next: z.string().nullish() }).nullish(),
});

export type TConsentEventsPage = { events: TConsentStatusChange[]; nextToken: string | null };

/** The continuation token of a `links.next` URL (null when there is none or it carries none). */
export function continuationTokenOf(next: string | null | undefined): string | null {
  if (!next) return null;
  try {
    return new URL(next, "https://feed.invalid/").searchParams.get("continuationToken") || null;
  } catch {
    return null;
  }
}

/** One page of the consumer's feed, from `continuationToken` (the start when null). */
export async function getConsentEventsPage(
  target: ActingFor,
  continuationToken: string | null,
): Promise<TConsentEventsPage> {
  const { data } = await consentRequestsHttp(target, "altinn:consentrequests.read").request({
    method: "GET",
    path: "events",
    query: { continuationToken },
    schema: ZConsentEventsPage,
  });
  return { events: data.data ?? [], nextToken: continuationTokenOf(data.links?.next) };
}
