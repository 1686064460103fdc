import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { publishConsentResourceAction } from "@/lib/publishing/publishing-actions";
import { actAs, membersForTests } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import { saveConsentResourceAction } from "./consent-resource-actions";

// The real actions, with only the session and Next's cache replaced: the role checks are the ones users meet.
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actionsFor = (user: TSessionUser) =>
  actAs(user, { save: saveConsentResourceAction, publish: publishConsentResourceAction });

const db = testDb();
const prefix = `t${uniqueSuffix()}`;
const { organisation, users } = membersForTests(
  db,
  { viewer: { role: "VIEWER", name: "Vera Viewer" }, editor: { role: "EDITOR", name: "Edda Editor" } },
  { orgCode: prefix, scopePrefix: prefix },
);
beforeAll(async () => {
  await db.maskinportenScope.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      prefix,
      subscope: "inntekt.read",
      description: "Inntekt",
    },
  });
});
afterAll(() => db.$disconnect());

const definition = () => {
  const prefix = `t${organisation.orgNumber}`;
  return { ...validDefinition, identifier: `${prefix}-${uniqueSuffix()}`, scopeReferences: [] };
};

describe("consent resource actions", () => {
  it("refuses a viewer's save and stores nothing", async () => {
    const actions = actionsFor(users.viewer);
    const input = definition();
    const result = await actions.save({ orgNumber: organisation.orgNumber, definition: input });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await db.consentResource.count({ where: { identifier: input.identifier } })).toBe(0);
  });

  it("saves an editor's drafts as versions 1 and 2, audited, and refuses a save over a newer version", async () => {
    const actions = actionsFor(users.editor);
    const input = definition();
    const first = await actions.save({ orgNumber: organisation.orgNumber, definition: input });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.version).toBe(1);
    const changed = { ...input, title: { ...input.title, en: "Changed" } };
    const second = await actions.save({
      orgNumber: organisation.orgNumber,
      resourceId: first.data.resourceId,
      baseVersion: 1,
      definition: changed,
    });
    expect(second).toEqual({ ok: true, data: expect.objectContaining({ version: 2 }) });
    const stale = await actions.save({
      orgNumber: organisation.orgNumber,
      resourceId: first.data.resourceId,
      baseVersion: 1,
      definition: changed,
    });
    expect(stale).toEqual({ ok: false, error: expect.objectContaining({ code: "CONFLICT" }) });
    const versions = await db.consentResourceVersion.findMany({
      where: { resourceId: first.data.resourceId },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.createdById])).toEqual([
      [1, users.editor.id],
      [2, users.editor.id],
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "consent-resource.save", targetId: first.data.resourceId } }),
    ).toBe(2);
  });

  it("names a scope the organisation does not have beside the field", async () => {
    const actions = actionsFor(users.editor);
    const input = { ...definition(), scopeReferences: ["skd:inntekt.read"] };
    const result = await actions.save({ orgNumber: organisation.orgNumber, definition: input });
    expect(result.ok ? null : result.error.fieldErrors).toEqual({
      "definition.scopeReferences.0": [expect.stringContaining("skd:inntekt.read")],
    });
  });

  it("refuses an editor's publication to production (administrators only)", async () => {
    const actions = actionsFor(users.editor);
    const input = definition();
    await actions.save({ orgNumber: organisation.orgNumber, definition: input });
    const result = await actions.publish({
      orgNumber: organisation.orgNumber,
      identifier: input.identifier,
      environment: "PROD",
      version: 1,
    });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await db.consentResourcePublication.count({ where: { resource: { identifier: input.identifier } } })).toBe(
      0,
    );
  });
});
