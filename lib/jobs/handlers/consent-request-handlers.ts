import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { createConsentRequest, type TCreateConsentRequest } from "@/lib/upstream/consent-requests-client";
import type { TUpstreamChangeForHandler } from "../upstream-kinds";
import { toUpstreamEnvironment } from "./environment";

// The integration kit's test consent requests, created in Altinn acting for the consumer (consumer_org: it must have
// delegated altinn:consentrequests.write to the operator; Maskinporten's refusal naming the scope is then the
// change's failure reason). The id is the row's, so a repeated POST answers 200 with the same request.

const ZPayload = z.object({ actingFor: z.string(), integrationTestId: z.uuid() });

export async function createConsentRequestHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZPayload.parse(change.payload);
  const row = await db().integrationTest.findUnique({ where: { id: payload.integrationTestId }, select: { request: true } });
  if (!row) return; // the organisation was removed; nothing left to send
  const { request } = await createConsentRequest(
    { environment: toUpstreamEnvironment(change.environment), actingFor: payload.actingFor },
    row.request as TCreateConsentRequest,
  );
  await db().integrationTest.update({
    where: { id: payload.integrationTestId },
    data: { viewUri: request.viewUri ?? null, consentStatus: request.status ?? null },
  });
}
