import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { logger } from "@/lib/platform/logger";
import { getConsentRequest } from "@/lib/platform/upstream/consent-requests-client";

/**
 * When Altinn sends the person back to the kit, its `Status=OK|Failed` says the person answered, not what the
 * request's status now is: the kit asks Altinn once, so what it shows next to the return cannot contradict Altinn.
 * A failure to ask is not the page's failure: the status stays as last read, and false says so.
 */
export async function refreshConsentStatus(options: {
  organisation: { id: string; orgNumber: string };
  testId: string;
}): Promise<boolean> {
  const { organisation, testId } = options;
  const row = await db().integrationTest.findFirst({
    where: { id: testId, organisationId: organisation.id },
    select: { id: true },
  });
  if (!row) return false;
  try {
    const request = await getConsentRequest({ environment: "test", actingFor: organisation.orgNumber }, row.id);
    if (!request?.status) return false;
    await db().integrationTest.update({ where: { id: row.id }, data: { consentStatus: request.status } });
    return true;
  } catch (error) {
    logger.warn({ err: error, testId }, "consent status not read after Altinn's redirect");
    return false;
  }
}
