import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { actAs } from "@/test/act-as";
import { DEFAULT_SCOPE_FIELDS } from "./schemas";
import { createScopeAction, updateScopeAction, deactivateScopeAction, copyScopeToProdAction } from "./scope-actions";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The scope actions exactly as the portal defines them, called as a chosen user; only the session lookup and Next's cache are replaced.

const db = testDb();
const errors = loadMessages("nb").errors; // outside a request the portal speaks bokmål
let editor: TSessionUser;
let viewer: TSessionUser;
// Production changes are administrators' (lib/platform/auth/production-rule.ts).
let admin: TSessionUser;
let owner: { id: string; orgNumber: string; prefix: string };
let consumer: { id: string; orgNumber: string };

const actionsFor = (user: TSessionUser) =>
  actAs(user, {
    create: createScopeAction,
    update: updateScopeAction,
    deactivate: deactivateScopeAction,
    copyToProd: copyScopeToProdAction,
  });

const createInput = (subscope: string, overrides: Record<string, unknown> = {}) => ({
  ...DEFAULT_SCOPE_FIELDS,
  orgNumber: owner.orgNumber,
  environment: "test",
  subscope,
  description: `Scope ${subscope}`,
  ...overrides,
});

const changesOf = (targetId: string) =>
  db.upstreamChange.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
const markSynced = (targetId: string) =>
  db.upstreamChange.updateMany({ where: { targetId }, data: { status: "SYNCED" } });

beforeAll(async () => {
  editor = await createUser(db, { name: "Scope Editor" });
  viewer = await createUser(db, { name: "Scope Viewer" });
  admin = await createUser(db, { name: "Scope Admin" });
  const prefix = `t${uniqueSuffix()}`;
  const organisation = await createOrganisation(db, {
    members: [
      { userId: editor.id, role: "EDITOR" },
      { userId: viewer.id, role: "VIEWER" },
      { userId: admin.id, role: "ADMIN" },
    ],
  });
  await db.organisation.update({ where: { id: organisation.id }, data: { scopePrefix: prefix } });
  owner = { ...organisation, prefix };
  consumer = await createOrganisation(db, { members: [{ userId: editor.id, role: "ADMIN" }] });
});

afterAll(() => db.$disconnect());

describe("scope actions", () => {
  it("create a scope under the organisation's prefix and queue it for Maskinporten, audited", async () => {
    const subscope = `inntekt.${uniqueSuffix()}`;
    const result = await actionsFor(editor).create(
      createInput(subscope, { tokenLifetimeSeconds: 300, longDescription: "Lang" }),
    );
    expect(result.ok).toBe(true);
    const name = `${owner.prefix}:${subscope}`;
    const row = await db.maskinportenScope.findFirstOrThrow({ where: { organisationId: owner.id, subscope } });
    expect(row).toMatchObject({ environment: "TEST", prefix: owner.prefix, active: true, tokenLifetimeSeconds: 300 });
    const [change, ...more] = await changesOf(`test:${name}`);
    expect(more).toEqual([]);
    expect(change).toMatchObject({
      organisationId: owner.id,
      environment: "TEST",
      kind: "maskinporten.scope.upsert",
      targetType: "scope",
      status: "PENDING",
      payload: {
        actingFor: owner.orgNumber,
        scope: {
          prefix: owner.prefix,
          subscope,
          description: `Scope ${subscope}`,
          long_description: "Lang",
          visibility: "PUBLIC",
          at_max_age: 300,
          allowed_integration_types: ["maskinporten"],
        },
      },
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: owner.id, action: "scope.create", targetId: row.id },
    });
    expect(audit).toMatchObject({ actorId: editor.id, summary: `Created ${name} in test` });
  });

  it("refuse a viewer: nothing is written or queued", async () => {
    const subscope = `viewer.${uniqueSuffix()}`;
    const result = await actionsFor(viewer).create(createInput(subscope));
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: errors.requiresRole.EDITOR } });
    expect(await db.maskinportenScope.count({ where: { subscope } })).toBe(0);
    expect(await changesOf(`test:${owner.prefix}:${subscope}`)).toEqual([]);

    await actionsFor(editor).create(createInput(subscope));
    const scope = await db.maskinportenScope.findFirstOrThrow({ where: { subscope } });
    const actions = actionsFor(viewer);
    const reference = { orgNumber: owner.orgNumber, scopeId: scope.id };
    expect(await actions.update({ ...createInput(subscope), ...reference, description: "Hacked" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await actions.deactivate(reference)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await actions.copyToProd(reference)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.maskinportenScope.findUniqueOrThrow({ where: { id: scope.id } })).toMatchObject({
      description: `Scope ${subscope}`,
      active: true,
    });
  });

  it("refuse an invalid subscope beside the field, before anything is written", async () => {
    const result = await actionsFor(editor).create(createInput("Inntekt..Read"));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { subscope: [errors.fields.subscope] } },
    });
  });

  it("refuse a subscope that exists in the environment, beside the field", async () => {
    const subscope = `dup.${uniqueSuffix()}`;
    const actions = actionsFor(editor);
    expect((await actions.create(createInput(subscope))).ok).toBe(true);
    const again = await actions.create(createInput(subscope));
    expect(again).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { subscope: [errors.fields.scopeExists] } },
    });
    // The same name in the other environment is another scope.
    expect((await actionsFor(admin).create(createInput(subscope, { environment: "prod" }))).ok).toBe(true);
  });

  it("tell an organisation without a scope prefix that only service owners have scopes", async () => {
    const result = await actionsFor(editor).create(createInput("inntekt.read", { orgNumber: consumer.orgNumber }));
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: errors.notServiceOwner } });
  });

  it("update a scope once its previous change has landed, and deactivate it for good", async () => {
    const subscope = `life.${uniqueSuffix()}`;
    const name = `${owner.prefix}:${subscope}`;
    const actions = actionsFor(editor);
    await actions.create(createInput(subscope));
    const scope = await db.maskinportenScope.findFirstOrThrow({ where: { subscope, environment: "TEST" } });
    const reference = { orgNumber: owner.orgNumber, scopeId: scope.id };
    const update = { ...createInput(subscope), ...reference, description: "Ny beskrivelse" };

    // The creation is still on its way: a second change could overtake it.
    expect(await actions.update(update)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.scopeChangePending },
    });
    await markSynced(`test:${name}`);
    expect((await actions.update(update)).ok).toBe(true);
    const changes = await changesOf(`test:${name}`);
    expect(changes.map((c) => c.kind)).toEqual(["maskinporten.scope.upsert", "maskinporten.scope.upsert"]);
    expect(changes[1]?.payload).toMatchObject({ scope: { subscope, description: "Ny beskrivelse" } });

    await markSynced(`test:${name}`);
    expect((await actions.deactivate(reference)).ok).toBe(true);
    expect(await db.maskinportenScope.findUniqueOrThrow({ where: { id: scope.id } })).toMatchObject({ active: false });
    expect((await changesOf(`test:${name}`)).at(-1)).toMatchObject({
      kind: "maskinporten.scope.deactivate",
      payload: { actingFor: owner.orgNumber, scope: name },
    });

    await markSynced(`test:${name}`);
    expect(await actions.update(update)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.scopeDeactivated },
    });
    expect(await actions.create(createInput(subscope))).toMatchObject({
      ok: false,
      error: { fieldErrors: { subscope: [errors.fields.scopeExistsDeactivated] } },
    });
  });

  it("copy a test scope to production once, with the same fields", async () => {
    const subscope = `copy.${uniqueSuffix()}`;
    const actions = actionsFor(editor);
    await actions.create(
      createInput(subscope, { visibility: "PRIVATE", allowedIntegrationTypes: ["maskinporten", "krr"] }),
    );
    const scope = await db.maskinportenScope.findFirstOrThrow({ where: { subscope } });
    expect((await actionsFor(admin).copyToProd({ orgNumber: owner.orgNumber, scopeId: scope.id })).ok).toBe(true);
    const prod = await db.maskinportenScope.findFirstOrThrow({ where: { subscope, environment: "PROD" } });
    expect(prod).toMatchObject({
      description: scope.description,
      visibility: "PRIVATE",
      allowedIntegrationTypes: ["maskinporten", "krr"],
    });
    expect(await changesOf(`prod:${owner.prefix}:${subscope}`)).toHaveLength(1);
    expect(await actionsFor(admin).copyToProd({ orgNumber: owner.orgNumber, scopeId: scope.id })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
  });

  it("do not find another organisation's scope", async () => {
    const subscope = `other.${uniqueSuffix()}`;
    await actionsFor(editor).create(createInput(subscope));
    const scope = await db.maskinportenScope.findFirstOrThrow({ where: { subscope } });
    // The editor is an admin of the consumer organisation, but the scope is not the consumer's.
    const result = await actionsFor(editor).deactivate({ orgNumber: consumer.orgNumber, scopeId: scope.id });
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
