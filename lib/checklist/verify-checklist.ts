import "server-only";
import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";
import { diagnoseDelegation } from "@/lib/platform/upstream/diagnose-delegation";
import { listClients } from "@/lib/platform/upstream/maskinporten-clients-client";
import { getConsentRequest } from "@/lib/platform/upstream/consent-requests-client";
import { listScopeAccess } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { computeSteps, progressOf, type TChecklistInput } from "./compute-steps";
import { loadAttestation, loadIntegrationFacts, loadServiceRequests } from "./load-portal-facts";
import { isOnAccessList } from "./list-membership";
import { fromUpstreamEnv, type TUpstreamEnvironment } from "@/lib/platform/environment";

// The live checklist: the clients, scopes and consent are asked of Maskinporten and Altinn each time, so they show
// what is true upstream rather than what the portal believes. The attestation and access-list membership come from
// the portal's records: the portal is where both are kept (see list-membership.ts).

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : "unexpected error");
const DCR_READ = "idporten:dcr.read";

async function approvedFor(actingFor: string, environment: TUpstreamEnvironment, scope: string, consumer: string) {
  const access = await listScopeAccess({ environment, actingFor }, scope);
  return access.some((a) => a.consumer_orgno === consumer && (a.state ?? "APPROVED") === "APPROVED");
}

async function liveClients(orgNumber: string, environment: TUpstreamEnvironment): Promise<TChecklistInput["clients"]> {
  try {
    const clients = await listClients({ environment, actingFor: orgNumber });
    return {
      clients: clients
        .filter((c) => c.active !== false)
        .map((c) => ({ name: c.client_name ?? c.client_id, scopes: c.scopes })),
    };
  } catch (error) {
    // The usual cause is a missing delegation of the admin scope to the portal: name it when it is.
    const checks = await diagnoseDelegation({ environment, consumerOrg: orgNumber, scopes: [DCR_READ] }).catch(
      () => [],
    );
    const missing = checks.find((check) => !check.ok);
    return { unknown: reasonOf(error), missingDelegation: missing?.scope };
  }
}

async function liveConsentScopes(
  orgNumber: string,
  environment: TUpstreamEnvironment,
): Promise<TChecklistInput["consentScopes"]> {
  try {
    const operator = env().OPERATOR_ORG_NUMBER;
    // Asked side by side: each scope's access list is its own call.
    const answers = await Promise.all(
      CONSENT_API_SCOPES.map((scope) => approvedFor(operator, environment, scope, orgNumber)),
    );
    return { approved: CONSENT_API_SCOPES.filter((_, index) => answers[index]) };
  } catch (error) {
    return { unknown: reasonOf(error) };
  }
}

async function liveServices(organisationId: string, orgNumber: string, environment: TUpstreamEnvironment) {
  const requests = await loadServiceRequests(db(), organisationId, fromUpstreamEnv(environment));
  return Promise.all(
    requests.map(async (request) => {
      // A revoked request is only named (when and what); nothing of it is asked upstream.
      const { requestId, title, status, revokedAt } = request;
      if (status === "REVOKED") return { requestId, title, status, revokedAt, scopes: [], accessList: null };
      const scopes = await Promise.all(
        request.scopes.map(async (scope) => ({
          scope,
          approved: await approvedFor(request.owner.orgNumber, environment, scope, orgNumber).catch(() => null),
        })),
      );
      // The list is the owner's, kept in the portal: membership of one organisation is read from its records
      // (list-membership.ts says why Altinn cannot be asked for one member without reading the whole list).
      const list = request.accessList;
      const accessList = list && {
        identifier: list.identifier,
        member: await isOnAccessList({ db: db(), list, orgNumber }).catch(() => null),
      };
      return { requestId, title, status, revokedAt, scopes, accessList };
    }),
  );
}

/** The verified run's consent as Altinn holds it now: a withdrawn or expired consent no longer proves anything. */
async function liveIntegration(organisationId: string, orgNumber: string): Promise<TChecklistInput["integration"]> {
  const facts = await loadIntegrationFacts(db(), organisationId);
  if (!facts.verified) return { verified: null, latest: facts.latest };
  const { id, resourceIdentifier, tokenObtainedAt } = facts.verified;
  try {
    const request = await getConsentRequest({ environment: "test", actingFor: orgNumber }, id);
    const expired = request?.validTo && Date.parse(request.validTo) <= Date.now();
    const liveStatus = !request ? "deleted" : expired ? "expired" : (request.status ?? "unknown");
    return { verified: { resourceIdentifier, tokenObtainedAt, liveStatus }, latest: facts.latest };
  } catch (error) {
    return {
      verified: { resourceIdentifier, tokenObtainedAt, liveStatus: null, reason: reasonOf(error) },
      latest: facts.latest,
    };
  }
}

export async function verifyChecklist(
  organisation: { id: string; orgNumber: string },
  environment: TUpstreamEnvironment,
) {
  const dbEnv = fromUpstreamEnv(environment);
  const [attestation, clients, consentScopes, services, integration] = await Promise.all([
    loadAttestation(db(), organisation.id, dbEnv),
    liveClients(organisation.orgNumber, environment),
    liveConsentScopes(organisation.orgNumber, environment),
    liveServices(organisation.id, organisation.orgNumber, environment),
    // The integration is verified in the test environment only; the production checklist shows the same step.
    liveIntegration(organisation.id, organisation.orgNumber),
  ]);
  const steps = computeSteps({
    orgNumber: organisation.orgNumber,
    environment,
    attestation,
    clients,
    consentScopes,
    services,
    integration,
  });
  return { steps, progress: progressOf(steps), checkedAt: new Date().toISOString() };
}

export type TChecklistResult = Awaited<ReturnType<typeof verifyChecklist>>;
