import { describe, expect, it } from "vitest";
import {
  clientStep,
  computeSteps,
  consentScopesStep,
  integrationStep,
  progressOf,
  servicesStep,
  type TChecklistInput,
  type TServiceInput,
} from "./compute-steps";

const READ = "altinn:consentrequests.read";
const WRITE = "altinn:consentrequests.write";
const BOTH = [READ, WRITE];
const base: TChecklistInput = {
  orgNumber: "310000001",
  environment: "test",
  attestation: null,
  clients: { clients: [] },
  consentScopes: { approved: [] },
  services: [],
  integration: { verified: null, latest: null },
};
const service = (overrides: Partial<TServiceInput> = {}): TServiceInput => ({
  requestId: "r1",
  title: "skd-inntekt",
  status: "ACTIVE",
  scopes: [{ scope: "skd:inntekt", approved: true }],
  accessList: null,
  ...overrides,
});

describe("checklist steps", () => {
  it("a new organisation has nothing done, each step saying how to fix it", () => {
    const steps = computeSteps(base);
    expect(steps.map((s) => s.state)).toEqual(["missing", "missing", "missing", "missing", "missing"]);
    expect(progressOf(steps)).toEqual({ done: 0, total: 5 });
    expect(steps[1]?.fix?.href).toBe("/orgs/310000001/clients/test");
    expect(steps[3]?.fix?.href).toBe("/catalog");
  });

  it("the connection is done once attested, naming who and which terms", () => {
    const steps = computeSteps({
      ...base,
      attestation: { attestedAt: "2026-01-01T00:00:00Z", attestedBy: "Ada", termsVersion: "2024-01" },
    });
    expect(steps[0]).toMatchObject({ state: "done", why: "attested", values: { by: "Ada", version: "2024-01" } });
  });

  it("a client is done only with both consent scopes and the scopes of active requests", () => {
    expect(clientStep({ ...base, clients: { clients: [{ name: "a", scopes: [READ] }] } })).toMatchObject({
      state: "missing",
      why: "scopesMissing",
    });
    expect(clientStep({ ...base, clients: { clients: [{ name: "a", scopes: BOTH }] } })).toMatchObject({
      state: "done",
      values: { name: "a" },
    });
    expect(
      clientStep({ ...base, clients: { clients: [{ name: "a", scopes: BOTH }] }, services: [service()] }).state,
    ).toBe("missing");
    expect(
      clientStep({
        ...base,
        clients: { clients: [{ name: "a", scopes: [...BOTH, "skd:inntekt"] }] },
        services: [service()],
      }).state,
    ).toBe("done");
  });

  it("a missing delegation or consent-API scope names the organisation it is missing for", () => {
    const delegation = clientStep({
      ...base,
      clients: { unknown: "invalid_scope", missingDelegation: "idporten:dcr.read" },
    });
    expect(delegation.values).toEqual({ scope: "idporten:dcr.read", orgNumber: "310000001" });
    expect(consentScopesStep({ ...base, consentScopes: { approved: [READ] } }).values).toEqual({
      scopes: WRITE,
      orgNumber: "310000001",
    });
  });

  it("the client step is unknown when the clients cannot be listed, naming a missing delegation", () => {
    const step = clientStep({ ...base, clients: { unknown: "invalid_scope", missingDelegation: "idporten:dcr.read" } });
    expect(step).toMatchObject({ state: "unknown", why: "missingDelegation", values: { scope: "idporten:dcr.read" } });
    expect(step.fix?.href).toBe("/orgs/310000001#delegations-heading");
    expect(clientStep({ ...base, clients: { unknown: "timeout" } })).toMatchObject({
      state: "unknown",
      why: "unknown",
    });
  });

  it("the consent scopes are done only when both are approved", () => {
    expect(consentScopesStep({ ...base, consentScopes: { approved: [WRITE] } })).toMatchObject({
      state: "missing",
      values: { scopes: READ },
    });
    expect(consentScopesStep({ ...base, consentScopes: { approved: BOTH } }).state).toBe("done");
    expect(consentScopesStep({ ...base, consentScopes: { unknown: "503" } }).state).toBe("unknown");
  });

  it("services: not active, failed, lacking a scope or list membership, unknown, done", () => {
    const at = (s: Partial<TServiceInput>) => servicesStep({ orgNumber: base.orgNumber, services: [service(s)] });
    expect(at({ status: "SUBMITTED" })).toMatchObject({
      state: "missing",
      why: "requestNotActive",
      fix: { href: "/orgs/310000001/access-requests/r1" },
    });
    expect(at({ status: "FAILED" }).state).toBe("failed");
    expect(at({ scopes: [{ scope: "skd:inntekt", approved: false }] })).toMatchObject({
      state: "missing",
      why: "scopeNotGranted",
    });
    expect(at({ accessList: { identifier: "l", member: false } })).toMatchObject({
      state: "missing",
      why: "notOnList",
    });
    expect(at({ accessList: { identifier: "l", member: null } }).state).toBe("unknown");
    expect(at({ accessList: { identifier: "l", member: true } }).state).toBe("done");
  });

  describe("the verified integration", () => {
    const at = (integration: TChecklistInput["integration"]) =>
      integrationStep({ orgNumber: base.orgNumber, integration });
    const latest = {
      id: "t1",
      resourceIdentifier: "skd-inntekt",
      consentStatus: null,
      syncStatus: "PENDING",
      lastError: null,
    };
    const verified = {
      resourceIdentifier: "skd-inntekt",
      tokenObtainedAt: "2026-11-24T10:00:00Z",
      liveStatus: "accepted",
    };

    it("is missing without a test, pointing to the kit", () => {
      expect(at({ verified: null, latest: null })).toMatchObject({
        state: "missing",
        why: "noTest",
        fix: { href: "/orgs/310000001/integration" },
      });
    });

    it("names the status of an unfinished test, and a failed creation with its reason", () => {
      expect(at({ verified: null, latest })).toMatchObject({
        state: "missing",
        why: "notCompleted",
        values: { status: "pending" },
        fix: { href: "/orgs/310000001/integration?resource=skd-inntekt&id=t1#test-heading" },
      });
      expect(
        at({ verified: null, latest: { ...latest, syncStatus: "SYNCED", consentStatus: "created" } }),
      ).toMatchObject({ values: { status: "created" } });
      expect(at({ verified: null, latest: { ...latest, syncStatus: "FAILED", lastError: "HTTP 403" } })).toMatchObject({
        state: "failed",
        why: "requestFailed",
        values: { reason: "HTTP 403" },
      });
    });

    it("is done while Altinn still holds the consent behind the token, and not once it is withdrawn or cannot be asked", () => {
      expect(at({ verified, latest: null })).toMatchObject({ state: "done", why: "verified" });
      // The OpenAPI spells it `Accepted`; earlier readings `accepted`: the same status.
      expect(at({ verified: { ...verified, liveStatus: "Accepted" }, latest: null })).toMatchObject({
        state: "done",
        why: "verified",
      });
      expect(at({ verified: { ...verified, liveStatus: "Revoked" }, latest: null })).toMatchObject({
        state: "missing",
        why: "consentGone",
      });
      expect(at({ verified: { ...verified, liveStatus: "revoked" }, latest: null })).toMatchObject({
        state: "missing",
        why: "consentGone",
        values: { status: "revoked" },
      });
      expect(at({ verified: { ...verified, liveStatus: null, reason: "timeout" }, latest: null })).toMatchObject({
        state: "unknown",
        values: { reason: "timeout" },
      });
    });
  });

  it("after a revoke the services step says when access was revoked and how to ask again, never 'no request'", () => {
    const revoked = service({ status: "REVOKED", revokedAt: "2026-11-02T10:00:00Z", scopes: [] });
    expect(servicesStep({ orgNumber: base.orgNumber, services: [revoked] })).toEqual({
      key: "services",
      state: "missing",
      why: "revoked",
      values: { title: "skd-inntekt", date: "2026-11-02T10:00:00Z" },
      fix: { message: "fixCatalog", href: "/catalog" },
    });
    // Asked again: the live request is what counts, and the revoked one is not counted among the services.
    const again = service({ requestId: "r2" });
    expect(servicesStep({ orgNumber: base.orgNumber, services: [revoked, again] })).toMatchObject({
      state: "done",
      values: { count: "1" },
    });
    expect(servicesStep({ orgNumber: base.orgNumber, services: [] }).why).toBe("noRequests");
  });
});
