import { CONSENT_API_SCOPES } from "@/lib/clients/schemas";
import { sameConsentStatus } from "@/lib/integration-kit/consent-status";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// The checklist's steps as pure functions of what was found (live from the APIs, or from the portal's
// records for the administrators' overview), so the rules can be tested without any API.

export type TStepState = "done" | "missing" | "failed" | "unknown";
export type TStepKey = "connection" | "client" | "consentScopes" | "services" | "integration";
/** `why` and `fix` are message keys under `checklist.steps.{key}`; `values` fill them in. */
export type TStep = {
  key: TStepKey;
  state: TStepState;
  why: string;
  values?: Record<string, string>;
  fix?: { message: string; href: string };
};

export type TChecklistInput = {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  attestation: { attestedAt: string; attestedBy: string; termsVersion: string } | null;
  /** The organisation's clients, or why they could not be listed. */
  clients: { clients: { name: string; scopes: string[] }[] } | { unknown: string; missingDelegation?: string };
  /** The consent API scopes approved for the organisation, or why that could not be asked. */
  consentScopes: { approved: string[] } | { unknown: string };
  services: TServiceInput[];
  integration: TIntegrationInput;
};

/**
 * The integration kit's test runs (always in the test environment). `verified`: the latest run that obtained a
 * consent token, with what Altinn says of its consent now (null when it could not be asked). `latest`: the
 * newest run, for why nothing is verified yet.
 */
export type TIntegrationInput = {
  verified: { resourceIdentifier: string; tokenObtainedAt: string; liveStatus: string | null; reason?: string } | null;
  latest: {
    id: string;
    resourceIdentifier: string;
    consentStatus: string | null;
    syncStatus: string | null;
    lastError: string | null;
  } | null;
};

export type TServiceInput = {
  requestId: string;
  title: string;
  status: string;
  /** When a REVOKED request was revoked (ISO), else null or absent. */
  revokedAt?: string | null;
  scopes: { scope: string; approved: boolean | null }[];
  /** The linked access list, when the resource has one; `member` null when it could not be asked. */
  accessList: { identifier: string; member: boolean | null } | null;
};

const ACTIVE_STATES = new Set(["ACTIVE"]);

export function connectionStep(input: Pick<TChecklistInput, "attestation">): TStep {
  const a = input.attestation;
  if (!a)
    return {
      key: "connection",
      state: "missing",
      why: "notAttested",
      fix: { message: "fix", href: "#attest-connection-heading" },
    };
  return {
    key: "connection",
    state: "done",
    why: "attested",
    values: { date: a.attestedAt, by: a.attestedBy, version: a.termsVersion },
  };
}

export function clientStep(input: Pick<TChecklistInput, "orgNumber" | "environment" | "clients" | "services">): TStep {
  const fix = { message: "fix", href: `/orgs/${input.orgNumber}/clients/${input.environment}` };
  if ("unknown" in input.clients) {
    if (input.clients.missingDelegation) {
      return {
        key: "client",
        state: "unknown",
        why: "missingDelegation",
        values: { scope: input.clients.missingDelegation, orgNumber: input.orgNumber },
        fix: { message: "fixDelegation", href: `/orgs/${input.orgNumber}#delegations-heading` },
      };
    }
    return { key: "client", state: "unknown", why: "unknown", values: { reason: input.clients.unknown } };
  }
  const needed = [...new Set([...CONSENT_API_SCOPES, ...activeServiceScopes(input.services)])];
  const complete = input.clients.clients.find((client) => needed.every((scope) => client.scopes.includes(scope)));
  if (complete)
    return { key: "client", state: "done", why: "found", values: { name: complete.name, scopes: needed.join(", ") } };
  if (input.clients.clients.length === 0)
    return { key: "client", state: "missing", why: "noClients", values: { scopes: needed.join(", ") }, fix };
  return {
    key: "client",
    state: "missing",
    why: "scopesMissing",
    values: { count: String(input.clients.clients.length), scopes: needed.join(", ") },
    fix,
  };
}

export function consentScopesStep(input: Pick<TChecklistInput, "orgNumber" | "environment" | "consentScopes">): TStep {
  if ("unknown" in input.consentScopes)
    return { key: "consentScopes", state: "unknown", why: "unknown", values: { reason: input.consentScopes.unknown } };
  const approved = input.consentScopes.approved;
  const missing = CONSENT_API_SCOPES.filter((scope) => !approved.includes(scope));
  if (missing.length === 0)
    return { key: "consentScopes", state: "done", why: "approved", values: { scopes: CONSENT_API_SCOPES.join(", ") } };
  return {
    key: "consentScopes",
    state: "missing",
    why: "notApproved",
    // Which scopes, for which organisation; who acts (Digdir, on the portal's request) is in the message.
    values: { scopes: missing.join(", "), orgNumber: input.orgNumber },
    fix: { message: "fix", href: `/orgs/${input.orgNumber}/clients/${input.environment}#consent-scopes-heading` },
  };
}

export function servicesStep(input: Pick<TChecklistInput, "orgNumber" | "services">): TStep {
  // Revoked requests are history: they count only when nothing else is there, and then the step says what happened
  // (never "has not asked", which a revoked organisation has).
  const services = input.services.filter((s) => s.status !== "REVOKED");
  const catalog = { message: "fixCatalog", href: "/catalog" };
  if (services.length === 0) {
    const revoked = input.services.findLast((s) => s.status === "REVOKED");
    if (!revoked) return { key: "services", state: "missing", why: "noRequests", fix: catalog };
    const values = { title: revoked.title, ...(revoked.revokedAt ? { date: revoked.revokedAt } : {}) };
    return {
      key: "services",
      state: "missing",
      why: revoked.revokedAt ? "revoked" : "revokedUndated",
      values,
      fix: catalog,
    };
  }
  const requestHref = (id: string) => `/orgs/${input.orgNumber}/access-requests/${id}`;
  const failed = services.find((s) => s.status === "FAILED");
  if (failed)
    return {
      key: "services",
      state: "failed",
      why: "requestFailed",
      values: { title: failed.title },
      fix: { message: "fixRequest", href: requestHref(failed.requestId) },
    };
  const pending = services.find((s) => !ACTIVE_STATES.has(s.status));
  if (pending)
    return {
      key: "services",
      state: "missing",
      why: "requestNotActive",
      values: { title: pending.title, status: pending.status },
      fix: { message: "fixRequest", href: requestHref(pending.requestId) },
    };
  for (const service of services) {
    const unknown = service.scopes.some((s) => s.approved === null) || service.accessList?.member === null;
    const lacking = service.scopes.find((s) => s.approved === false);
    const notMember = service.accessList?.member === false;
    if (lacking || notMember) {
      const why = lacking ? "scopeNotGranted" : "notOnList";
      const values = { title: service.title, scope: lacking?.scope ?? "", list: service.accessList?.identifier ?? "" };
      return {
        key: "services",
        state: "missing",
        why,
        values,
        fix: { message: "fixRequest", href: requestHref(service.requestId) },
      };
    }
    if (unknown) return { key: "services", state: "unknown", why: "unknown", values: { reason: service.title } };
  }
  return { key: "services", state: "done", why: "allActive", values: { count: String(services.length) } };
}

export function integrationStep(input: Pick<TChecklistInput, "orgNumber" | "integration">): TStep {
  const fix = { message: "fix", href: `/orgs/${input.orgNumber}/integration` };
  const { verified, latest } = input.integration;
  if (verified) {
    const values = { resource: verified.resourceIdentifier, date: verified.tokenObtainedAt };
    if (verified.liveStatus === null)
      return { key: "integration", state: "unknown", why: "unknown", values: { reason: verified.reason ?? "" } };
    if (sameConsentStatus(verified.liveStatus, "accepted"))
      return { key: "integration", state: "done", why: "verified", values };
    return {
      key: "integration",
      state: "missing",
      why: "consentGone",
      values: { ...values, status: verified.liveStatus },
      fix,
    };
  }
  if (!latest) return { key: "integration", state: "missing", why: "noTest", fix };
  // Straight to the unfinished test's panel in the kit.
  const testFix = {
    message: "fix",
    href: `${fix.href}?resource=${encodeURIComponent(latest.resourceIdentifier)}&id=${latest.id}#test-heading`,
  };
  if (latest.syncStatus === "FAILED") {
    return {
      key: "integration",
      state: "failed",
      why: "requestFailed",
      values: { resource: latest.resourceIdentifier, reason: latest.lastError ?? "" },
      fix: testFix,
    };
  }
  const status = latest.consentStatus ?? (latest.syncStatus === "SYNCED" ? "created" : "pending");
  return {
    key: "integration",
    state: "missing",
    why: "notCompleted",
    values: { resource: latest.resourceIdentifier, status },
    fix: testFix,
  };
}

export function computeSteps(input: TChecklistInput): TStep[] {
  return [
    connectionStep(input),
    clientStep(input),
    consentScopesStep(input),
    servicesStep(input),
    integrationStep(input),
  ];
}

export const progressOf = (steps: TStep[]) => ({
  done: steps.filter((s) => s.state === "done").length,
  total: steps.length,
});

function activeServiceScopes(services: TServiceInput[]) {
  return services.filter((s) => ACTIVE_STATES.has(s.status)).flatMap((s) => s.scopes.map((x) => x.scope));
}
