import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { readUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { placeProblems } from "./altinn-problems";
import { listIntegrationTests } from "./list-integration-tests";
import { listKitResources } from "./list-kit-resources";

const RECENT_TESTS = 10;

/**
 * What the integration kit's page shows: the published resources to build a request for (the chosen one, else the
 * first), the organisation's recent test runs (the one named, else the latest), the test environment's endpoints for
 * the snippets, and what Altinn refused on the last failed run of the chosen resource, placed by field.
 */
export async function getIntegrationKitPage(options: {
  organisationId: string;
  resourceIdentifier: string | null;
  testId: string | null;
}) {
  const [resources, tests] = await Promise.all([
    listKitResources(db()),
    listIntegrationTests({ organisationId: options.organisationId, take: RECENT_TESTS }),
  ]);
  const resource = resources.find((r) => r.identifier === options.resourceIdentifier) ?? resources[0] ?? null;
  const current = (options.testId ? tests.find((test) => test.id === options.testId) : tests[0]) ?? null;
  const config = upstream().config("test");
  const endpoints = {
    tokenUrl: config.maskinporten.tokenUrl,
    audience: config.maskinporten.audience,
    consentRequestsUrl: config.altinn.consentRequestsUrl,
  };
  const altinnProblems =
    resource && current?.sync?.status === "FAILED" && current.resourceIdentifier === resource.identifier
      ? placeProblems(readUpstreamFailure(current.sync.lastError).problems, {
          request: current,
          declaredKeys: resource.metadata.map((m) => m.key),
        })
      : [];
  return { resources, tests, resource, current, endpoints, altinnProblems };
}
