import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { actAs } from "@/test/act-as";
import {
  createAccessListAction,
  updateAccessListAction,
  deleteAccessListAction,
  addAccessListMemberAction,
  importAccessListMembersAction,
  removeAccessListMemberAction,
  linkAccessListAction,
  unlinkAccessListAction,
  copyAccessListToProdAction,
} from "./access-list-actions";
import { syntheticOrgNumbers } from "./synthetic-org-numbers";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The access-list actions exactly as the portal defines them, called as a chosen user; only the session lookup and Next's cache are replaced.

const db = testDb();
const fields = loadMessages("nb").errors.fields; // outside a request the portal speaks bokmål
let editor: TSessionUser;
let viewer: TSessionUser;
// Production changes are administrators' (lib/platform/auth/production-rule.ts).
let admin: TSessionUser;
let owner: { id: string; orgNumber: string; orgCode: string };

const actionsFor = (user: TSessionUser) =>
  actAs(user, {
    create: createAccessListAction,
    update: updateAccessListAction,
    delete: deleteAccessListAction,
    addMember: addAccessListMemberAction,
    importMembers: importAccessListMembersAction,
    removeMember: removeAccessListMemberAction,
    link: linkAccessListAction,
    unlink: unlinkAccessListAction,
    copyToProd: copyAccessListToProdAction,
  });

async function createList() {
  const identifier = `liste-${uniqueSuffix()}`;
  const result = await actionsFor(editor).create({
    orgNumber: owner.orgNumber,
    environment: "test",
    identifier,
    name: "Banker",
    description: "",
  });
  if (!result.ok) throw new Error(result.error.message);
  return { identifier, accessListId: result.data.accessListId };
}

beforeAll(async () => {
  editor = await createUser(db, { name: "List Editor" });
  viewer = await createUser(db, { name: "List Viewer" });
  admin = await createUser(db, { name: "List Admin" });
  const organisation = await createOrganisation(db, {
    members: [
      { userId: editor.id, role: "EDITOR" },
      { userId: viewer.id, role: "VIEWER" },
      { userId: admin.id, role: "ADMIN" },
    ],
  });
  const orgCode = `t${uniqueSuffix()}`;
  await db.organisation.update({ where: { id: organisation.id }, data: { orgCode } });
  owner = { ...organisation, orgCode };
});

afterAll(() => db.$disconnect());

describe("access-list actions", () => {
  it("create a list and queue its upsert under the owner's org code, audited", async () => {
    const { identifier, accessListId } = await createList();
    const changes = await db.upstreamChange.findMany({
      where: { targetType: "access-list", targetId: `test:${identifier}` },
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: "registry.access-list.upsert",
        payload: {
          actingFor: owner.orgNumber,
          owner: owner.orgCode,
          listIdentifier: identifier,
          name: "Banker",
          description: "",
        },
      }),
    ]);
    expect(await db.auditEvent.count({ where: { action: "access-list.create", targetId: accessListId } })).toBe(1);
    const again = await actionsFor(editor).create({
      orgNumber: owner.orgNumber,
      environment: "test",
      identifier,
      name: "X",
      description: "",
    });
    expect(again.ok || again.error.fieldErrors).toEqual({ identifier: [fields.accessListExists] });
  });

  it("imports nothing while a line is invalid, naming each bad line", async () => {
    const { accessListId } = await createList();
    const result = await actionsFor(editor).importMembers({
      orgNumber: owner.orgNumber,
      accessListId,
      csv: "974761076\n123456789\nabc",
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.fieldErrors?.csv).toEqual([expect.stringMatching(/ 2\b/), expect.stringMatching(/ 3\b/)]);
    expect(await db.accessListMember.count({ where: { accessListId } })).toBe(0);
  });

  it("imports 250 numbers as three batches of at most 100", async () => {
    const { identifier, accessListId } = await createList();
    const result = await actionsFor(editor).importMembers({
      orgNumber: owner.orgNumber,
      accessListId,
      csv: syntheticOrgNumbers(250).join("\n"),
    });
    expect(result.ok && result.data.added.length).toBe(250);
    const batches = await db.upstreamChange.findMany({
      where: { targetId: `test:${identifier}`, kind: "registry.access-list.members.add" },
    });
    expect(batches.map((change) => (change.payload as { orgNumbers: string[] }).orgNumbers.length).sort()).toEqual([
      100, 100, 50,
    ]);
  });

  it("refuses viewers", async () => {
    const { accessListId } = await createList();
    const result = await actionsFor(viewer).addMember({
      orgNumber: owner.orgNumber,
      accessListId,
      memberOrgNumber: "974761076",
    });
    expect(result.ok || result.error.code).toBe("FORBIDDEN");
  });

  it("copies a test list with its members to prod, once", async () => {
    const { identifier, accessListId } = await createList();
    await actionsFor(editor).addMember({ orgNumber: owner.orgNumber, accessListId, memberOrgNumber: "889640782" });
    const copy = await actionsFor(admin).copyToProd({ orgNumber: owner.orgNumber, accessListId });
    expect(copy.ok && copy.data.memberCount).toBe(1);
    const prod = await db.accessList.findFirstOrThrow({
      where: { organisationId: owner.id, environment: "PROD", identifier },
      include: { members: true },
    });
    expect(prod.members.map((member) => member.orgNumber)).toEqual(["889640782"]);
    expect(await db.upstreamChange.count({ where: { targetId: `prod:${identifier}` } })).toBe(2);
    expect((await actionsFor(admin).copyToProd({ orgNumber: owner.orgNumber, accessListId })).ok).toBe(false);
  });
});
