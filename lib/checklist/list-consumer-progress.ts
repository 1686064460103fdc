import "server-only";
import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";
import { db } from "@/lib/platform/db/prisma";
import { computeSteps, progressOf } from "./compute-steps";
import { loadIntegrationFacts, loadServiceRequests } from "./load-portal-facts";
import { ENVIRONMENTS, toUpstreamEnv, type TEnvironment, type TUpstreamEnvironment } from "@/lib/platform/environment";

// The platform administrators' overview: every consumer's progress computed from the portal's own records
// (asking the APIs for every organisation would be slow), so it may lag what the live checklist shows.

async function progressFromRecords(
  organisation: { id: string; orgNumber: string },
  environment: TUpstreamEnvironment,
  dbEnv: TEnvironment,
) {
  const client = db();
  const [attestation, clients, granted, requests, integration] = await Promise.all([
    client.connectionAttestation.findUnique({
      where: { organisationId_environment: { organisationId: organisation.id, environment: dbEnv } },
      select: { attestedAt: true, termsVersion: true },
    }),
    // Only clients Maskinporten has (a client id is set once the creation has synced).
    client.maskinportenClient.findMany({
      where: { organisationId: organisation.id, environment: dbEnv, deletedAt: null, clientId: { not: null } },
      select: { name: true, scopes: true },
    }),
    client.consentScopeRequest.count({
      where: { organisationId: organisation.id, environment: dbEnv, status: "GRANTED" },
    }),
    loadServiceRequests(client, organisation.id, dbEnv),
    loadIntegrationFacts(client, organisation.id),
  ]);
  const steps = computeSteps({
    orgNumber: organisation.orgNumber,
    environment,
    attestation: attestation && {
      attestedAt: attestation.attestedAt.toISOString(),
      attestedBy: "",
      termsVersion: attestation.termsVersion,
    },
    clients: { clients },
    consentScopes: { approved: granted > 0 ? [...CONSENT_API_SCOPES] : [] },
    // An ACTIVE request has all its grants synced: take them as in place.
    services: requests.map((r) => ({
      ...r,
      scopes: r.scopes.map((scope) => ({ scope, approved: r.status === "ACTIVE" })),
      accessList: r.accessList && { ...r.accessList, member: r.status === "ACTIVE" },
    })),
    // The consent as last seen by the portal (the live checklist asks Altinn again).
    integration: {
      verified: integration.verified && {
        ...integration.verified,
        liveStatus: integration.verified.consentStatus ?? "accepted",
      },
      latest: integration.latest,
    },
  });
  return progressOf(steps);
}

export async function listConsumerProgress() {
  const organisations = await db().organisation.findMany({
    where: { scopePrefix: null },
    orderBy: { name: "asc" },
    select: { id: true, orgNumber: true, name: true },
  });
  return Promise.all(
    organisations.map(async (organisation) => ({
      ...organisation,
      environments: await Promise.all(
        ENVIRONMENTS.map(async (dbEnv) => ({
          environment: toUpstreamEnv(dbEnv),
          ...(await progressFromRecords(organisation, toUpstreamEnv(dbEnv), dbEnv)),
        })),
      ),
    })),
  );
}
