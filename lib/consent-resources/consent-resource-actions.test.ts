import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";

// The real actions, with only the session and Next's cache replaced: the role checks are the ones users meet.
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/platform/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveConsentResourceAction } = await import("./consent-resource-actions");
const { publishConsentResourceAction } = await import("@/lib/publishing/publishing-actions");

const db = testDb();
let organisation: { id: string; orgNumber: string };
let viewer: TSessionUser;
let editor: TSessionUser;

beforeAll(async () => {
  viewer = await createUser(db, { name: "Vera Viewer" });
  editor = await createUser(db, { name: "Edda Editor" });
  const created = await createOrganisation(db, {
    members: [
      { userId: viewer.id, role: "VIEWER" },
      { userId: editor.id, role: "EDITOR" },
    ],
  });
  const prefix = `t${uniqueSuffix()}`;
  await db.organisation.update({ where: { id: created.id }, data: { orgCode: prefix, scopePrefix: prefix } });
  await db.maskinportenScope.create({
    data: { organisationId: created.id, environment: "TEST", prefix, subscope: "inntekt.read", description: "Inntekt" },
  });
  organisation = created;
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  session.user = null;
});

const definition = () => {
  const prefix = `t${organisation.orgNumber}`;
  return { ...validDefinition, identifier: `${prefix}-${uniqueSuffix()}`, scopeReferences: [] };
};

describe("consent resource actions", () => {
  it("refuses a viewer's save and stores nothing", async () => {
    session.user = viewer;
    const input = definition();
    const result = await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await db.consentResource.count({ where: { identifier: input.identifier } })).toBe(0);
  });

  it("saves an editor's drafts as versions 1 and 2, audited, and refuses a save over a newer version", async () => {
    session.user = editor;
    const input = definition();
    const first = await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.data.version).toBe(1);
    const changed = { ...input, title: { ...input.title, en: "Changed" } };
    const second = await saveConsentResourceAction({
      orgNumber: organisation.orgNumber,
      resourceId: first.data.resourceId,
      baseVersion: 1,
      definition: changed,
    });
    expect(second).toEqual({ ok: true, data: expect.objectContaining({ version: 2 }) });
    const stale = await saveConsentResourceAction({
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
      [1, editor.id],
      [2, editor.id],
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "consent-resource.save", targetId: first.data.resourceId } }),
    ).toBe(2);
  });

  it("names a scope the organisation does not have beside the field", async () => {
    session.user = editor;
    const input = { ...definition(), scopeReferences: ["skd:inntekt.read"] };
    const result = await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    expect(result.ok ? null : result.error.fieldErrors).toEqual({
      "definition.scopeReferences.0": [expect.stringContaining("skd:inntekt.read")],
    });
  });

  it("refuses an editor's publication to production (administrators only)", async () => {
    session.user = editor;
    const input = definition();
    await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    const result = await publishConsentResourceAction({
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
