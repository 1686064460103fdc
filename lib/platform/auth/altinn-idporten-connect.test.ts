import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnsattportenTestClient } from "@/emulator/ansattporten/ansattporten-test-client";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { testDb } from "@/test/factories";
import { randomNationalIdentityNumber } from "@/test/identifiers";
import { completeAltinnIdportenConnect } from "./altinn-idporten-callback";
import { altinnIdportenClient, idportenMetadata, type TAltinnIdportenClient } from "./altinn-idporten-client";
import { ALTINN_IDPORTEN_SCOPES, readPendingConnect, startAltinnIdportenConnect } from "./altinn-idporten-start";
import { readLoginAccessToken } from "./login-access-token";
import { recordLogin } from "./record-login";

// Connecting ID-porten for Altinn after an Ansattporten login, against the emulator's ID-porten: the code flow with
// PKCE, state and nonce; the token kept on the session only when it names the signed-in person; audited without it.

const db = testDb();
const SECRET = process.env.NEXTAUTH_SECRET!;
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let client: TAltinnIdportenClient;

const config = (overrides: Partial<Parameters<typeof altinnIdportenClient>[0]> = {}) => ({
  NEXTAUTH_URL: "http://localhost:3000",
  LOGIN_PROVIDER: "ansattporten" as const,
  OIDC_ISSUER: "http://localhost:4000/ansattporten",
  OIDC_CLIENT_ID: "consent-portal-local",
  OIDC_CLIENT_SECRET: "local-dev-secret-change-me",
  ...overrides,
});

beforeAll(async () => {
  emulator = await startContractEmulator();
  client = altinnIdportenClient(config({ ALTINN_IDPORTEN_ISSUER: `${emulator.url}/idporten` }))!;
});
afterAll(async () => {
  await emulator.close();
  await db.$disconnect();
});

/** A signed-in session of `pid`, its connection started, and ID-porten's redirect back after logging in as `as`. */
async function connect(pid: string, as = pid) {
  const login = await recordLogin({ pid, name: "Kari Nordmann" });
  const metadata = await idportenMetadata(client.issuer);
  const started = await startAltinnIdportenConnect({
    client,
    metadata,
    sessionId: login.sessionId,
    orgNumber: "313876144",
    secret: SECRET,
  });
  const rp = new AnsattportenTestClient(client.issuer, emulator.url);
  const page = await rp.go(started.url);
  const action = /<form method="post" action="([^"]+\/login)"/.exec(page.html)?.[1];
  if (!action) throw new Error("no login form");
  const back = await rp.post(action, { pid: as, name: "Someone" }, page.url);
  const pending = await readPendingConnect(started.cookie, SECRET);
  return { login, metadata, started, pending, query: new URL(back.url).searchParams, back: back.url };
}

const complete = (
  flow: Awaited<ReturnType<typeof connect>>,
  changes: Partial<{ pending: unknown; query: URLSearchParams; sessionId: string }> = {},
) =>
  completeAltinnIdportenConnect({
    db,
    client,
    metadata: flow.metadata,
    pending: flow.pending,
    query: flow.query,
    sessionId: flow.login.sessionId,
    userId: flow.login.id,
    ...(changes as object),
  });

const auditOf = (sessionId: string) => db.auditEvent.findMany({ where: { targetId: sessionId } });

describe("connecting ID-porten for Altinn", () => {
  it("finds its ID-porten: the setting, else an ID-porten login's own issuer, else none", () => {
    expect(altinnIdportenClient(config())).toBeNull();
    expect(
      altinnIdportenClient(config({ LOGIN_PROVIDER: "idporten", OIDC_ISSUER: "https://test.idporten.no" })),
    ).toEqual({
      issuer: "https://test.idporten.no",
      clientId: "consent-portal-local",
      clientSecret: "local-dev-secret-change-me",
      redirectUri: "http://localhost:3000/api/altinn-idporten/callback",
    });
    const own = config({ ALTINN_IDPORTEN_ISSUER: "https://test.idporten.no/", ALTINN_IDPORTEN_CLIENT_ID: "other" });
    expect(altinnIdportenClient(own)).toMatchObject({ issuer: "https://test.idporten.no", clientId: "other" });
  });

  it("asks ID-porten for Altinn's end-user scopes only, with PKCE S256, state and nonce", async () => {
    const { started, pending, back } = await connect(randomNationalIdentityNumber());
    const asked = new URL(started.url).searchParams;
    expect(asked.get("scope")).toBe(ALTINN_IDPORTEN_SCOPES);
    expect(ALTINN_IDPORTEN_SCOPES.split(" ").filter((scope) => scope !== "openid")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^altinn:accessmanagement\/enduser:/)]),
    );
    expect(asked.get("code_challenge_method")).toBe("S256");
    expect(asked.get("prompt")).toBe("login");
    expect(asked.get("code_challenge")).not.toBe(pending?.verifier);
    expect(asked.get("state")).toBe(pending?.state);
    expect(asked.get("nonce")).toBe(pending?.nonce);
    expect(back).toMatch(/^http:\/\/localhost:3000\/api\/altinn-idporten\/callback\?code=/);
    // The cookie is the portal's, encrypted: it reads as nothing with another secret.
    expect(await readPendingConnect(started.cookie, `${SECRET}-other`)).toBeNull();
    expect(started.cookie).not.toContain(pending!.verifier);
  });

  it("keeps the token on the session when it names the signed-in person, exchangeable at Altinn, audited without it", async () => {
    const pid = randomNationalIdentityNumber();
    const flow = await connect(pid);
    expect(await complete(flow)).toEqual({ ok: true });
    const kept = await readLoginAccessToken({ db, sessionId: flow.login.sessionId });
    if (!kept.ok) throw new Error("no token kept");
    expect(decodeJwt(kept.token)).toMatchObject({ pid, acr: "idporten-loa-substantial" });
    const exchanged = await fetch(`${emulator.url}/test/platform/authentication/api/v1/exchange/id-porten`, {
      headers: { authorization: `Bearer ${kept.token}` },
    });
    expect(exchanged.status).toBe(200);
    const audit = await auditOf(flow.login.sessionId);
    expect(audit).toEqual([expect.objectContaining({ action: "altinn-idporten.connect", actorId: flow.login.id })]);
    expect(JSON.stringify(audit)).not.toContain(kept.token);
  });

  it("refuses a login at ID-porten as another person: nothing kept, the refusal audited", async () => {
    const flow = await connect(randomNationalIdentityNumber(), randomNationalIdentityNumber());
    expect(await complete(flow)).toEqual({ ok: false, problem: "otherPerson" });
    expect(await readLoginAccessToken({ db, sessionId: flow.login.sessionId })).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(await auditOf(flow.login.sessionId)).toEqual([
      expect.objectContaining({ action: "altinn-idporten.refuse", actorId: flow.login.id }),
    ]);
  });

  it("refuses a wrong state, another session's start, no start, a wrong verifier and a cancelled login", async () => {
    const flow = await connect(randomNationalIdentityNumber());
    const query = new URLSearchParams(flow.query);
    query.set("state", "forged");
    expect(await complete(flow, { query })).toEqual({ ok: false, problem: "state" });
    const other = await recordLogin({ pid: randomNationalIdentityNumber(), name: "Ola" });
    expect(await complete(flow, { sessionId: other.sessionId })).toEqual({ ok: false, problem: "state" });
    expect(await complete(flow, { pending: null })).toEqual({ ok: false, problem: "state" });
    const cancelled = new URLSearchParams({ state: flow.pending!.state, error: "access_denied" });
    expect(await complete(flow, { query: cancelled })).toEqual({ ok: false, problem: "cancelled" });
    // PKCE: ID-porten refuses the code without the verifier the challenge was made from.
    const pending = { ...flow.pending!, verifier: `${flow.pending!.verifier.slice(0, -4)}AAAA` };
    expect(await complete(flow, { pending })).toEqual({ ok: false, problem: "failed" });
    expect(await readLoginAccessToken({ db, sessionId: flow.login.sessionId })).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(await auditOf(flow.login.sessionId)).toEqual([]);
  });
});
