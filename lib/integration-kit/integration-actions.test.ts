import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { testDb } from "@/test/factories";
import { actionsFor, KARI, kitForTests } from "./test-support/kit-for-tests";

// The portal's own actions: only the session lookup and Next's cache are replaced.
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Starting "Try it in test": the start action exactly as the portal defines it, who may call it, and the rules a
// draft must meet; the run itself is in integration-test-run.test.ts.

const db = testDb();
const errors = loadMessages("nb").errors;
const { s, published, org, users, startInput } = kitForTests(db);

const written = async (organisationId: string) => ({
  tests: await db.integrationTest.count({ where: { organisationId } }),
  changes: await db.upstreamChange.count({ where: { organisationId, targetType: "integration-test" } }),
  audit: await db.auditEvent.count({ where: { organisationId, targetType: "integration-test" } }),
});

describe("start a test consent request", () => {
  it("an editor starts one: the request body, its creation queued and an audit event", async () => {
    const result = await actionsFor(users.editor).start(startInput(org.orgNumber));
    if (!result.ok) throw new Error(result.error.message);
    const { testId, changeId } = result.data;
    const row = await db.integrationTest.findUniqueOrThrow({ where: { id: testId } });
    expect(row).toMatchObject({
      organisationId: org.id,
      environment: "TEST",
      resourceIdentifier: published,
      createdById: users.editor.id,
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

  it("uses the id the snippets showed, and a fresh one when that id is already taken", async () => {
    const requestId = crypto.randomUUID();
    const first = await actionsFor(users.editor).start({ ...startInput(org.orgNumber), requestId });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.testId).toBe(requestId);
    expect((await db.integrationTest.findUniqueOrThrow({ where: { id: requestId } })).request).toMatchObject({
      id: requestId,
    });
    const again = await actionsFor(users.editor).start({ ...startInput(org.orgNumber), requestId });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.data.testId).not.toBe(requestId);
  });

  it("a viewer is refused and a non-member is told the organisation is not found; nothing is written", async () => {
    const before = await written(org.id);
    expect(await actionsFor(users.viewer).start(startInput(org.orgNumber))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: errors.requiresRole.EDITOR },
    });
    expect(await actionsFor(users.outsider).start(startInput(org.orgNumber))).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await written(org.id)).toEqual(before);
  });

  it("a broken draft gets every rule's message beside its field, and nothing is written", async () => {
    const before = await written(org.id);
    const result = await actionsFor(users.editor).start(
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
    const result = await actionsFor(users.editor).start(
      startInput(org.orgNumber, { resourceIdentifier: `kit-two-${s}` }),
    );
    expect(!result.ok && result.error.fieldErrors).toEqual({
      "metadata.formaal": [errors.fields.metadataValueRequired.replace("{key}", "formaal")],
    });
    expect(await written(org.id)).toEqual(before);
    const withBoth = await actionsFor(users.editor).start(
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
    const result = await actionsFor(users.editor).start(
      startInput(org.orgNumber, { resourceIdentifier: `kit-${kind}-${s}` }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { resourceIdentifier: [errors.fields.kitResourceNotInTest] } },
    });
  });
});
