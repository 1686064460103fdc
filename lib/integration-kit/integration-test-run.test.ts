import { describe, expect, it, vi } from "vitest";
import { env } from "@/lib/platform/config/env";
import { BrowserSession } from "@/emulator/test-support/browser-session";
import { verifyChecklist } from "@/lib/checklist/verify-checklist";
import { runUpstreamChange } from "@/lib/platform/jobs/run-upstream-change";
import { createOrganisation, testDb } from "@/test/factories";
import { consentRequestCreateJob } from "./consent-request-jobs";
import { fetchConsentToken } from "./fetch-consent-token";
import { kitReturnUrl, readApprovalReturn } from "./kit-return";
import { refreshConsentStatus } from "./refresh-consent-status";
import { actionsFor, KARI, kitForTests } from "./test-support/kit-for-tests";

vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// "Try it in test" end to end: the start action, the job that creates the request in the emulator (in-process), the
// person's approval on the emulator's page, the consent token and the checklist.

const db = testDb();
const { published, org, other, users, emulator, startInput } = kitForTests(db);

describe("the test run against the emulator", () => {
  it("creates the request, waits for approval, then obtains a consent token and ticks the checklist", async () => {
    const kitUrl = kitReturnUrl(env().NEXTAUTH_URL, org.orgNumber, published);
    const started = await actionsFor(users.editor).start(startInput(org.orgNumber, { redirectUrl: kitUrl }));
    if (!started.ok) throw new Error(started.error.message);
    const { testId, changeId } = started.data;
    const handlers = { "altinn.consent-request.create": consentRequestCreateJob.run };
    expect(await runUpstreamChange({ db, changeId, handlers, retryCount: 0, retryLimit: 3 })).toBe("synced");
    const { viewUri, request } = await db.integrationTest.findUniqueOrThrow({ where: { id: testId } });
    expect(viewUri).toBe(`${emulator.url}/test/consent/requests/${testId}`);
    // Altinn does not name the request when it sends the person back: the kit's own address does.
    expect(request).toMatchObject({ redirectUrl: `${kitUrl}&test=${testId}` });

    const fetchToken = () =>
      fetchConsentToken({ organisation: org, testId, userId: users.editor.id, correlationId: crypto.randomUUID() });
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
      fetchConsentToken({ organisation, testId, userId: users.editor.id, correlationId: crypto.randomUUID() });
    const { id: orgTest } = await db.integrationTest.findFirstOrThrow({ where: { organisationId: org.id } });
    await expect(ask(other, orgTest)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await db.membership.create({ data: { userId: users.editor.id, organisationId: other.id, role: "EDITOR" } });
    const started = await actionsFor(users.editor).start(startInput(other.orgNumber));
    if (!started.ok) throw new Error(started.error.message);
    expect(await ask(other, started.data.testId)).toEqual({
      kind: "refused",
      reason: expect.stringContaining("altinn:consentrequests.read"),
    });
  });
});
