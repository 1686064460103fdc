import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { actAs } from "@/test/act-as";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { canChangeEnvironment } from "./production-rule";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// One rule for every production change, met through the real server actions of each feature: an editor changes test
// and is refused every production change with the same message; an administrator makes them.
const scopeActions = await import("@/lib/scopes/scope-actions");
const listActions = await import("@/lib/access-lists/access-list-actions");
const clientActions = await import("@/lib/clients/client-actions");
const publishingActions = await import("@/lib/publishing/publishing-actions");
const { DEFAULT_SCOPE_FIELDS } = await import("@/lib/scopes/schemas");

const db = testDb();
const refused = {
  ok: false,
  error: { code: "FORBIDDEN", message: loadMessages("nb").errors.productionRequiresAdmin },
};
let editor: TSessionUser;
let admin: TSessionUser;
let owner: { id: string; orgNumber: string };

beforeAll(async () => {
  editor = await createUser(db, { name: "Prod Editor" });
  // Logged in just now: production changes ask for a recent login (step-up, below).
  admin = { ...(await createUser(db, { name: "Prod Admin" })), authenticatedAt: new Date() };
  owner = await createOrganisation(db, {
    members: [
      { userId: editor.id, role: "EDITOR" },
      { userId: admin.id, role: "ADMIN" },
    ],
  });
  const code = `t${uniqueSuffix()}`;
  await db.organisation.update({ where: { id: owner.id }, data: { orgCode: code, scopePrefix: code } });
});
afterAll(() => db.$disconnect());

const scopeInput = (environment: "test" | "prod", subscope: string) => ({
  ...DEFAULT_SCOPE_FIELDS,
  orgNumber: owner.orgNumber,
  environment,
  subscope,
  description: `Scope ${subscope}`,
});

describe("the production rule", () => {
  it("lets editors change test and only administrators production", () => {
    expect(canChangeEnvironment("EDITOR", "test")).toBe(true);
    expect(canChangeEnvironment("EDITOR", "PROD")).toBe(false);
    expect(canChangeEnvironment("ADMIN", "prod")).toBe(true);
    expect(canChangeEnvironment("VIEWER", "TEST")).toBe(false);
  });

  it("refuses an editor's production scopes, and lets an administrator make them", async () => {
    const asEditor = actAs(editor, scopeActions);
    const subscope = `prod.${uniqueSuffix()}`;
    expect(await asEditor.createScopeAction(scopeInput("prod", subscope))).toEqual(refused);
    expect(await asEditor.createScopeAction(scopeInput("test", subscope))).toMatchObject({ ok: true });
    const test = await db.maskinportenScope.findFirstOrThrow({ where: { organisationId: owner.id, subscope } });
    expect(await asEditor.copyScopeToProdAction({ orgNumber: owner.orgNumber, scopeId: test.id })).toEqual(refused);
    expect(await db.maskinportenScope.count({ where: { organisationId: owner.id, environment: "PROD" } })).toBe(0);

    const copied = await actAs(admin, scopeActions).copyScopeToProdAction({
      orgNumber: owner.orgNumber,
      scopeId: test.id,
    });
    if (!copied.ok) throw new Error(copied.error.message);
    await db.upstreamChange.updateMany({ where: { targetId: `prod:${copied.data.name}` }, data: { status: "SYNCED" } });
    const prodReference = { orgNumber: owner.orgNumber, scopeId: copied.data.scopeId };
    const update = { ...scopeInput("prod", subscope), ...prodReference, description: "Endret" };
    expect(await asEditor.updateScopeAction(update)).toEqual(refused);
    expect(await asEditor.deactivateScopeAction(prodReference)).toEqual(refused);
  });

  it("refuses an editor's production lists, copies and members, and lets an administrator change them", async () => {
    const asEditor = actAs(editor, listActions);
    const identifier = `liste-${uniqueSuffix()}`;
    const listInput = { orgNumber: owner.orgNumber, identifier, name: "Banker", description: "" };
    expect(await asEditor.createAccessListAction({ ...listInput, environment: "prod" })).toEqual(refused);
    const created = await asEditor.createAccessListAction({ ...listInput, environment: "test" });
    if (!created.ok) throw new Error(created.error.message);
    const testList = { orgNumber: owner.orgNumber, accessListId: created.data.accessListId };
    expect(await asEditor.addAccessListMemberAction({ ...testList, memberOrgNumber: "889640782" })).toMatchObject({
      ok: true,
    });
    expect(await asEditor.copyAccessListToProdAction(testList)).toEqual(refused);
    expect(await db.accessList.count({ where: { organisationId: owner.id, environment: "PROD" } })).toBe(0);

    const copied = await actAs(admin, listActions).copyAccessListToProdAction(testList);
    if (!copied.ok) throw new Error(copied.error.message);
    const prodList = { orgNumber: owner.orgNumber, accessListId: copied.data.accessListId };
    const member = { ...prodList, memberOrgNumber: "910298062" };
    expect(await asEditor.addAccessListMemberAction(member)).toEqual(refused);
    expect(await asEditor.importAccessListMembersAction({ ...prodList, csv: "910298062\n" })).toEqual(refused);
    expect(await asEditor.removeAccessListMemberAction({ ...prodList, memberOrgNumber: "889640782" })).toEqual(refused);
    expect(await asEditor.updateAccessListAction({ ...prodList, name: "Nytt navn", description: "" })).toEqual(refused);
    expect(await asEditor.deleteAccessListAction(prodList)).toEqual(refused);
    const members = await db.accessListMember.findMany({ where: { accessListId: prodList.accessListId } });
    expect(members.map((m) => m.orgNumber)).toEqual(["889640782"]);

    expect(await actAs(admin, listActions).addAccessListMemberAction(member)).toMatchObject({ ok: true });
  });

  it("refuses an editor's production clients and publications", async () => {
    const asEditor = actAs(editor, clientActions);
    const client = await db.maskinportenClient.create({
      data: { organisationId: owner.id, environment: "PROD", name: "Prod-app", scopes: [] },
    });
    const reference = { orgNumber: owner.orgNumber, clientId: client.id };
    const pair = await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    );
    const { n, e } = await crypto.subtle.exportKey("jwk", pair.publicKey);
    const jwk = { kty: "RSA", kid: `kid-${uniqueSuffix()}`, alg: "RS256", use: "sig", n, e };
    const fields = { name: "App", description: "", scopes: ["altinn:consentrequests.read"] };
    const create = { orgNumber: owner.orgNumber, environment: "prod", ...fields, publicJwk: jwk };
    expect(await asEditor.createClientAction(create)).toEqual(refused);
    expect(await asEditor.updateClientAction({ ...reference, ...fields })).toEqual(refused);
    expect(await asEditor.addClientKeyAction({ ...reference, publicJwk: jwk })).toEqual(refused);
    expect(await asEditor.removeClientKeyAction({ ...reference, kid: "k" })).toEqual(refused);
    expect(await asEditor.deleteClientAction(reference)).toEqual(refused);
    expect(await db.maskinportenClient.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      name: "Prod-app",
      deletedAt: null,
    });

    const asPublisher = actAs(editor, publishingActions);
    const resource = { orgNumber: owner.orgNumber, identifier: `res-${uniqueSuffix()}`, environment: "PROD" };
    expect(await asPublisher.publishConsentResourceAction({ ...resource, version: 1 })).toEqual(refused);
    expect(await asPublisher.withdrawConsentResourceAction(resource)).toEqual(refused);
  });
});

describe("the production rule's step-up", () => {
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60 * 1000);
  const stepUp = {
    ok: false,
    error: { code: "STEP_UP_REQUIRED", message: loadMessages("nb").errors.stepUpRequired.replace("{minutes}", "15") },
  };

  it("refuses an administrator's production change after a login older than 15 minutes, and makes nothing", async () => {
    const subscope = `stepup.${uniqueSuffix()}`;
    for (const authenticatedAt of [minutesAgo(16), undefined]) {
      const asLongAgo = actAs({ ...admin, authenticatedAt }, scopeActions);
      expect(await asLongAgo.createScopeAction(scopeInput("prod", subscope))).toEqual(stepUp);
    }
    expect(await db.maskinportenScope.count({ where: { organisationId: owner.id, subscope } })).toBe(0);
    const asLongAgo = actAs({ ...admin, authenticatedAt: minutesAgo(16) }, publishingActions);
    const resource = { orgNumber: owner.orgNumber, identifier: `res-${uniqueSuffix()}`, environment: "PROD" };
    expect(await asLongAgo.withdrawConsentResourceAction(resource)).toEqual(stepUp);
  });

  it("lets the same change through after a fresh login, and leaves test unaffected by an old one", async () => {
    const subscope = `stepup.${uniqueSuffix()}`;
    const asLongAgo = actAs({ ...admin, authenticatedAt: minutesAgo(60) }, scopeActions);
    expect(await asLongAgo.createScopeAction(scopeInput("test", subscope))).toMatchObject({ ok: true });
    const asFresh = actAs({ ...admin, authenticatedAt: minutesAgo(14) }, scopeActions);
    expect(await asFresh.createScopeAction(scopeInput("prod", subscope))).toMatchObject({ ok: true });
    expect(await db.maskinportenScope.count({ where: { organisationId: owner.id, subscope } })).toBe(2);
  });

  it("tells an editor that production is for administrators, however recent the login", async () => {
    const asEditor = actAs({ ...editor, authenticatedAt: minutesAgo(60) }, scopeActions);
    expect(await asEditor.createScopeAction(scopeInput("prod", `stepup.${uniqueSuffix()}`))).toEqual(refused);
  });
});
