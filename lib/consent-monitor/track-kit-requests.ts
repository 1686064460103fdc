import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";

/**
 * Every consent request the consumer made in the integration kit is tracked: an IntegrationTest's id is the request's
 * id in Altinn (lib/integration-kit/start-integration-test.ts). Rows are added for the ones not tracked yet, with the
 * resource and validTo the kit sent; existing ones are left as they are (skipDuplicates on the unique triple).
 */
export async function trackKitRequests(client: TDb | TTx, organisationId: string): Promise<void> {
  const tests = await client.integrationTest.findMany({
    where: { organisationId },
    select: { id: true, environment: true, resourceIdentifier: true, request: true, createdAt: true },
  });
  if (!tests.length) return;
  await client.trackedConsent.createMany({
    skipDuplicates: true,
    data: tests.map((test) => {
      const validTo = (test.request as { validTo?: unknown } | null)?.validTo;
      const parsed = typeof validTo === "string" ? new Date(validTo) : null;
      return {
        organisationId,
        environment: test.environment,
        requestId: test.id,
        source: "kit",
        resourceIdentifier: test.resourceIdentifier,
        validTo: parsed && !Number.isNaN(parsed.getTime()) ? parsed : null,
        createdAt: test.createdAt,
      };
    }),
  });
}
