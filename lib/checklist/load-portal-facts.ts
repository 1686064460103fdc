import "server-only";
import { findAccessListForResource } from "@/lib/access-lists/find-access-list";
import { publishedTermsOf } from "@/lib/access-requests/published-terms";
import type { TDb } from "@/lib/platform/db/prisma";
import { latestIntegrationTestChanges } from "@/lib/integration-kit/latest-integration-test-changes";
import type { TEnvironment } from "@/lib/platform/environment";

// What the portal's own records say about one organisation in one environment: the attestation and the
// organisation's access requests (not denied) with the scopes and list each one needs, and when a revoked one was
// revoked (the checklist then says so instead of "no request").

export async function loadAttestation(db: TDb, organisationId: string, environment: TEnvironment) {
  const row = await db.connectionAttestation.findUnique({
    where: { organisationId_environment: { organisationId, environment } },
    select: { attestedAt: true, termsVersion: true, attestedById: true },
  });
  if (!row) return null;
  const user = await db.user.findUnique({ where: { id: row.attestedById }, select: { name: true } });
  return { attestedAt: row.attestedAt.toISOString(), attestedBy: user?.name ?? "?", termsVersion: row.termsVersion };
}

export async function loadServiceRequests(db: TDb, organisationId: string, environment: TEnvironment) {
  const requests = await db.accessRequest.findMany({
    where: { consumerOrganisationId: organisationId, environment, status: { not: "DENIED" } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      resourceId: true,
      resource: { select: { identifier: true } },
      ownerOrganisation: { select: { orgNumber: true, orgCode: true } },
      events: { where: { status: "REVOKED" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return Promise.all(
    requests.map(async (request) => {
      const publication = await db.consentResourcePublication.findFirst({
        where: { resourceId: request.resourceId, environment, state: "PUBLISHED" },
        select: { version: { select: { content: true } } },
      });
      const scopes = publication ? publishedTermsOf(publication.version.content).scopeReferences : [];
      const list = await findAccessListForResource({ db, resourceId: request.resourceId, environment });
      return {
        requestId: request.id,
        title: request.resource.identifier,
        status: request.status as string,
        revokedAt: request.events[0]?.createdAt.toISOString() ?? null,
        owner: request.ownerOrganisation,
        scopes,
        accessList: list ? { id: list.id, environment: list.environment, identifier: list.identifier } : null,
      };
    }),
  );
}

/** The integration kit's latest test run and latest run with a consent token, from the portal's records. */
export async function loadIntegrationFacts(db: TDb, organisationId: string) {
  const select = { id: true, resourceIdentifier: true, consentStatus: true, tokenObtainedAt: true } as const;
  const [latest, verified] = await Promise.all([
    db.integrationTest.findFirst({
      where: { organisationId, environment: "TEST" },
      orderBy: { createdAt: "desc" },
      select,
    }),
    db.integrationTest.findFirst({
      where: { organisationId, environment: "TEST", tokenObtainedAt: { not: null } },
      orderBy: { tokenObtainedAt: "desc" },
      select,
    }),
  ]);
  const changes = await latestIntegrationTestChanges(db, organisationId, latest ? [latest.id] : []);
  const change = latest ? changes.get(latest.id) : undefined;
  return {
    verified: verified && {
      id: verified.id,
      resourceIdentifier: verified.resourceIdentifier,
      tokenObtainedAt: verified.tokenObtainedAt?.toISOString() ?? "",
      consentStatus: verified.consentStatus,
    },
    latest: latest && {
      id: latest.id,
      resourceIdentifier: latest.resourceIdentifier,
      consentStatus: latest.consentStatus,
      syncStatus: change?.status ?? null,
      lastError: change?.lastError ?? null,
    },
  };
}
