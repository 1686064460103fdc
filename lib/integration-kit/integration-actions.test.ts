import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { savePolicy, saveResource } from "@/emulator/registry/resource-store";
import { parsePolicy } from "@/emulator/registry/xacml-policy";
import { startEmulator } from "@/emulator/start-emulator";
import { grantDigdirScopes } from "@/emulator/test-support/altinn-token";
import { BrowserSession } from "@/emulator/test-support/browser-session";
import { stamiConsentResource } from "@/emulator/test-support/consent-resource";
import { realConsentPolicy } from "@/emulator/test-support/real-consent-policy";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { env } from "@/lib/platform/config/env";
import { verifyChecklist } from "@/lib/checklist/verify-checklist";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { consentRequestCreateJob } from "./consent-request-jobs";
import { runUpstreamChange } from "@/lib/platform/jobs/run-upstream-change";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { actAs } from "@/test/act-as";
import { dateInDays } from "./consent-request-rules";
import { startIntegrationTestAction } from "./integration-actions";
import { fetchConsentToken } from "./fetch-consent-token";
import { kitReturnUrl, readApprovalReturn } from "./kit-return";
import { refreshConsentStatus } from "./refresh-consent-status";
import type { TEnvironment } from "@/lib/platform/environment";

// The portal's own actions: only the session lookup and Next's cache are replaced.
vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// "Try it in test" end to end: the start action exactly as the portal defines it, the job that creates the request
// in the emulator (in-process), the person's approval on the emulator's page, the consent token and the checklist.

const db = testDb();
const errors = loadMessages("nb").errors;
const CONSENT_SCOPES = ["altinn:consentrequests.read", "altinn:consentrequests.write"];
const KARI = "21818297804";
const s = uniqueSuffix();
const published = `kit-${s}`;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let editor: TSessionUser;
let viewer: TSessionUser;
let outsider: TSessionUser;
let org: { id: string; orgNumber: string };
let other: { id: string; orgNumber: string };

const actionsFor = (user: TSessionUser) => actAs(user, { start: startIntegrationTestAction });

const startInput = (orgNumber: string, overrides: Record<string, unknown> = {}) => ({
  orgNumber,
  resourceIdentifier: published,
  partyType: "person",
  party: KARI,
  validTo: dateInDays(30),
  requiredDelegator: "",
  metadata: { inntektsaar: "2029" },
  requestMessage: "Vi ber om samtykke.",
  redirectUrl: "https://bank.example/done",
  portalViewMode: "Hide",
  ...overrides,
});

/** A consent resource owned by `ownerId` and published (or not) as the portal records it. */
async function portalResource(
  ownerId: string,
  identifier: string,
  environment: TEnvironment,
  state: "PUBLISHED" | "WITHDRAWN" = "PUBLISHED",
  consentMetadata?: { key: string; optional: boolean }[],
) {
  const content = {
    ...definitionFor({ identifier, scope: "skd:inntekt.read" }),
    ...(consentMetadata ? { consentMetadata } : {}),
  };
  const resource = await db.consentResource.create({
    data: { organisationId: ownerId, identifier, versions: { create: { version: 1, content } } },
    select: { id: true, versions: { select: { id: true } } },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment, versionId: resource.versions[0]!.id, state },
  });
}

async function control(path: string, body: unknown) {
  const response = await fetch(`${emulator.url}/_emulator${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

const written = async (organisationId: string) => ({
  tests: await db.integrationTest.count({ where: { organisationId } }),
  changes: await db.upstreamChange.count({ where: { organisationId, targetType: "integration-test" } }),
  audit: await db.auditEvent.count({ where: { organisationId, targetType: "integration-test" } }),
});

beforeAll(async () => {
  editor = await createUser(db, { name: "Kit Editor" });
  viewer = await createUser(db, { name: "Kit Viewer" });
  outsider = await createUser(db, { name: "Kit Outsider" });
  org = await createOrganisation(db, {
    members: [
      { userId: editor.id, role: "EDITOR" },
      { userId: viewer.id, role: "VIEWER" },
    ],
  });
  other = await createOrganisation(db, { members: [{ userId: outsider.id, role: "ADMIN" }] });
  const owner = await createOrganisation(db);
  await portalResource(owner.id, published, "TEST");
  await portalResource(owner.id, `kit-prod-${s}`, "PROD");
  await portalResource(owner.id, `kit-withdrawn-${s}`, "TEST", "WITHDRAWN");
  await portalResource(owner.id, `kit-two-${s}`, "TEST", "PUBLISHED", [
    { key: "inntektsaar", optional: false },
    { key: "formaal", optional: true },
  ]);

  // The emulator: the resource in its registry, the operator's client, and the consumer's grant and delegations.
  emulator = await startEmulator({ port: 0 });
  saveResource(
    "test",
    published,
    stamiConsentResource({ identifier: published, consentMetadata: { inntektsaar: { optional: false } } }),
  );
  // Altinn decides `requestconsent` from the resource's policy: Skatteetaten's real one lets organisations ask.
  const policy = realConsentPolicy("open", published);
  const { document, rules } = parsePolicy(policy, published);
  savePolicy("test", published, policy, document, rules);
  const key = await generateTestClientKey();
  const clientId = `integration-kit-${s}`;
  await control("/clients", {
    env: "test",
    client_id: clientId,
    client_orgno: "991825827",
    scopes: CONSENT_SCOPES,
    jwks: { keys: [key.publicJwk] },
  });
  // `other` has Digdir's grant too, but has delegated nothing to the operator.
  for (const consumer of [org, other]) await grantDigdirScopes(emulator.url, consumer.orgNumber, CONSENT_SCOPES);
  await control("/delegations", {
    env: "test",
    consumerOrg: org.orgNumber,
    supplierOrg: "991825827",
    scopes: CONSENT_SCOPES,
  });
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, clientId)));
});

afterAll(async () => {
  setUpstreamContext(undefined);
  await emulator?.close();
  await db.$disconnect();
});

describe("start a test consent request", () => {
  it("an editor starts one: the request body, its creation queued and an audit event", async () => {
    const result = await actionsFor(editor).start(startInput(org.orgNumber));
    if (!result.ok) throw new Error(result.error.message);
    const { testId, changeId } = result.data;
    const row = await db.integrationTest.findUniqueOrThrow({ where: { id: testId } });
    expect(row).toMatchObject({
      organisationId: org.id,
      environment: "TEST",
      resourceIdentifier: published,
      createdById: editor.id,
      viewUri: null,
    });
    expect(row.request).toMatchObject({
      id: testId,
      from: `urn:altinn:person:identifier-no:${KARI}`,
      to: `urn:altinn:organization:identifier-no:${org.orgNumber}`,
      consentRights: [{ resource: [{ value: published }], metadata: { inntektsaar: "2029" } }],
      redirectUrl: "https://bank.example/done",
      portalViewMode: "Hide",
    });
    expect(await db.upstreamChange.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({
      kind: "altinn.consent-request.create",
      status: "PENDING",
      environment: "TEST",
      targetType: "integration-test",
      targetId: testId,
      payload: { actingFor: org.orgNumber, integrationTestId: testId },
    });
    expect(
      await db.auditEvent.count({
        where: { organisationId: org.id, action: "integration-test.start", targetId: testId },
      }),
    ).toBe(1);
  });

  it("a viewer is refused and a non-member is told the organisation is not found; nothing is written", async () => {
    const before = await written(org.id);
    expect(await actionsFor(viewer).start(startInput(org.orgNumber))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: errors.requiresRole.EDITOR },
    });
    expect(await actionsFor(outsider).start(startInput(org.orgNumber))).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await written(org.id)).toEqual(before);
  });

  it("a broken draft gets every rule's message beside its field, and nothing is written", async () => {
    const before = await written(org.id);
    const result = await actionsFor(editor).start(
      startInput(org.orgNumber, { validTo: "2020-01-01", metadata: {}, party: "01039012345" }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(!result.ok && result.error.fieldErrors).toEqual({
      party: [errors.fields.nationalIdentityNumberChecksum],
      validTo: [errors.fields.validToPast],
      "metadata.inntektsaar": [errors.fields.metadataValueRequired.replace("{key}", "inntektsaar")],
    });
    expect(await written(org.id)).toEqual(before);
  });

  it("refuses a draft without the key the resource marks optional: Altinn requires it (AM-00008)", async () => {
    const before = await written(org.id);
    const result = await actionsFor(editor).start(startInput(org.orgNumber, { resourceIdentifier: `kit-two-${s}` }));
    expect(!result.ok && result.error.fieldErrors).toEqual({
      "metadata.formaal": [errors.fields.metadataValueRequired.replace("{key}", "formaal")],
    });
    expect(await written(org.id)).toEqual(before);
    const withBoth = await actionsFor(editor).start(
      startInput(org.orgNumber, {
        resourceIdentifier: `kit-two-${s}`,
        metadata: { INNTEKTSAAR: "2029", formaal: "Lån" },
      }),
    );
    expect(withBoth.ok).toBe(true);
  });

  it.each([
    ["published in production only", "prod"],
    ["withdrawn from test", "withdrawn"],
    ["unknown", "nowhere"],
  ])("refuses a resource %s on resourceIdentifier", async (_case, kind) => {
    const result = await actionsFor(editor).start(
      startInput(org.orgNumber, { resourceIdentifier: `kit-${kind}-${s}` }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { resourceIdentifier: [errors.fields.kitResourceNotInTest] } },
    });
  });
});

describe("the test run against the emulator", () => {
  it("creates the request, waits for approval, then obtains a consent token and ticks the checklist", async () => {
    const kitUrl = kitReturnUrl(env().NEXTAUTH_URL, org.orgNumber, published);
    const started = await actionsFor(editor).start(startInput(org.orgNumber, { redirectUrl: kitUrl }));
    if (!started.ok) throw new Error(started.error.message);
    const { testId, changeId } = started.data;
    const handlers = { "altinn.consent-request.create": consentRequestCreateJob.run };
    expect(await runUpstreamChange({ db, changeId, handlers, retryCount: 0, retryLimit: 3 })).toBe("synced");
    const { viewUri, request } = await db.integrationTest.findUniqueOrThrow({ where: { id: testId } });
    expect(viewUri).toBe(`${emulator.url}/test/consent/requests/${testId}`);
    // Altinn does not name the request when it sends the person back: the kit's own address does.
    expect(request).toMatchObject({ redirectUrl: `${kitUrl}&test=${testId}` });

    const fetchToken = () =>
      fetchConsentToken({ organisation: org, testId, userId: editor.id, correlationId: crypto.randomUUID() });
    expect(await fetchToken()).toEqual({ kind: "notApproved", status: expect.stringMatching(/^created$/i), viewUri });
    const before = (await verifyChecklist(org, "test")).steps.find((step) => step.key === "integration");
    expect(before).toMatchObject({
      state: "missing",
      why: "notCompleted",
      values: { resource: published, status: expect.stringMatching(/^created$/i) },
    });

    // Kari logs in on the approval page and approves.
    const browser = new BrowserSession();
    expect((await browser.postForm(viewUri!, { step: "login", pid: KARI })).status).toBe(303);
    const approved = await browser.postForm(viewUri!, { decision: "approve" });
    expect(approved.status).toBe(303);
    const back = new URL(approved.headers.get("location")!);
    expect(back.href).toBe(`${kitUrl}&test=${testId}&Status=OK`);
    expect(readApprovalReturn(Object.fromEntries(back.searchParams))).toEqual({ outcome: "ok" });
    // The page then asks Altinn for the status, so what it shows beside Status=OK is Altinn's.
    expect(await refreshConsentStatus({ organisation: org, testId })).toBe(true);
    expect((await db.integrationTest.findUniqueOrThrow({ where: { id: testId } })).consentStatus).toMatch(
      /^accepted$/i,
    );

    const outcome = await fetchToken();
    if (outcome.kind !== "token") throw new Error(`expected a token, got ${JSON.stringify(outcome)}`);
    expect(outcome.claims).toMatchObject({
      scope: "altinn:consentrequests.read",
      consumer: { ID: `0192:${org.orgNumber}` },
      authorization_details: [
        { type: "urn:altinn:consent", id: testId, from: `urn:altinn:person:identifier-no:${KARI}` },
      ],
    });
    const row = await db.integrationTest.findUniqueOrThrow({ where: { id: testId } });
    expect(row).toMatchObject({ consentStatus: expect.stringMatching(/^accepted$/i), tokenClaims: outcome.claims });
    expect(row.tokenObtainedAt?.toISOString()).toBe(outcome.obtainedAt);
    expect(
      await db.auditEvent.count({
        where: { organisationId: org.id, action: "integration-test.consent-token", targetId: testId },
      }),
    ).toBe(1);

    const after = (await verifyChecklist(org, "test")).steps.find((step) => step.key === "integration");
    expect(after).toMatchObject({ state: "done", why: "verified", values: { resource: published } });
  });

  it("the checklist asks for a test when there is none", async () => {
    const { steps } = await verifyChecklist(await createOrganisation(db), "test");
    expect(steps.find((step) => step.key === "integration")).toMatchObject({ state: "missing", why: "noTest" });
  });

  it("does not find another organisation's test, and names the scope a consumer has not delegated", async () => {
    const ask = (organisation: typeof org, testId: string) =>
      fetchConsentToken({ organisation, testId, userId: editor.id, correlationId: crypto.randomUUID() });
    const { id: orgTest } = await db.integrationTest.findFirstOrThrow({ where: { organisationId: org.id } });
    await expect(ask(other, orgTest)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await db.membership.create({ data: { userId: editor.id, organisationId: other.id, role: "EDITOR" } });
    const started = await actionsFor(editor).start(startInput(other.orgNumber));
    if (!started.ok) throw new Error(started.error.message);
    expect(await ask(other, started.data.testId)).toEqual({
      kind: "refused",
      reason: expect.stringContaining("altinn:consentrequests.read"),
    });
  });
});
