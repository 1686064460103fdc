import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db/prisma";
import { defineUpstreamJob } from "@/lib/platform/jobs/define-upstream-job";
import { createConsentRequest, type TCreateConsentRequest } from "@/lib/platform/upstream/consent-requests-client";

// The integration kit's test consent requests, created in Altinn acting for the consumer (consumer_org: it must have
// delegated altinn:consentrequests.write to the operator; Maskinporten's refusal naming the scope is then the
// change's failure reason). The id is the row's, so a repeated POST answers 200 with the same request. Altinn's
// refusals (AM codes, several at once as HTTP 500 STD-00001, 403 from the resource's policy) come back as
// non-retryable UpstreamErrors: the change fails at once with Altinn's problems as its reason, never retried.

type TStoredRight = Record<string, unknown> & { metaData?: unknown; metadata?: unknown };

/** Rows stored before the kit spelled the member as the OpenAPI does (`metadata`, not `metaData`). */
function withOpenApiSpelling(request: TCreateConsentRequest): TCreateConsentRequest {
  const rights = (request.consentRights as TStoredRight[]).map(({ metaData, ...right }) =>
    metaData !== undefined && right.metadata === undefined ? { ...right, metadata: metaData } : right,
  );
  return { ...request, consentRights: rights as TCreateConsentRequest["consentRights"] };
}

export const consentRequestCreateJob = defineUpstreamJob({
  kind: "altinn.consent-request.create",
  payload: z.object({ actingFor: z.string(), integrationTestId: z.uuid() }),
  handler: async ({ payload, acting }) => {
    const row = await db().integrationTest.findUnique({
      where: { id: payload.integrationTestId },
      select: { request: true },
    });
    if (!row) return; // the organisation was removed; nothing left to send
    const { request } = await createConsentRequest(acting, withOpenApiSpelling(row.request as TCreateConsentRequest));
    await db().integrationTest.update({
      where: { id: payload.integrationTestId },
      data: { viewUri: request.viewUri ?? null, consentStatus: request.status ?? null },
    });
  },
});

export const consentRequestJobs = [consentRequestCreateJob] as const;
