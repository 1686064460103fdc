import { afterAll, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { randomNationalIdentityNumber } from "@/test/identifiers";
import { actAs, membersForTests } from "@/test/act-as";
import { testDb } from "@/test/factories";
import { listMembers } from "./list-members";
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from "./member-actions";

const mode = vi.hoisted(() => ({ loginProvider: "ansattporten" as "ansattporten" | "idporten" }));
vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/platform/config/env", async (original) => {
  const real = await original<typeof import("@/lib/platform/config/env")>();
  return { env: () => ({ ...real.env(), LOGIN_PROVIDER: mode.loginProvider }) };
});

const db = testDb();
afterAll(() => db.$disconnect());
const errors = loadMessages("nb").errors;
const team = membersForTests(db, { admin: { role: "ADMIN", name: "Ada Admin" }, viewer: { role: "VIEWER" } });
const actions = () =>
  actAs(team.users.admin, { add: addMemberAction, change: changeMemberRoleAction, remove: removeMemberAction });

describe("membership actions", () => {
  it("refuse in Ansattporten mode, saying rights come from Altinn; the admin right is checked first", async () => {
    mode.loginProvider = "ansattporten";
    const { orgNumber } = team.organisation;
    const viewerMembership = await db.membership.findFirstOrThrow({ where: { userId: team.users.viewer.id } });
    const refused = { ok: false, error: { code: "FORBIDDEN", message: errors.rightsFromAltinn } };
    const input = { orgNumber, nationalIdentityNumber: randomNationalIdentityNumber(), role: "EDITOR" as const };
    expect(await actions().add(input)).toMatchObject(refused);
    expect(await actions().change({ orgNumber, membershipId: viewerMembership.id, role: "EDITOR" })).toMatchObject(
      refused,
    );
    expect(await actions().remove({ orgNumber, membershipId: viewerMembership.id })).toMatchObject(refused);
    const asViewer = actAs(team.users.viewer, { add: addMemberAction });
    expect(await asViewer.add(input)).toMatchObject({ error: { message: errors.requiresRole.ADMIN } });
    expect(await db.membership.count({ where: { organisationId: team.organisation.id } })).toBe(2);
  });

  it("work as before in ID-porten mode", async () => {
    mode.loginProvider = "idporten";
    const { orgNumber } = team.organisation;
    const input = { orgNumber, nationalIdentityNumber: randomNationalIdentityNumber(), role: "EDITOR" as const };
    expect(await actions().add(input)).toMatchObject({ ok: true });
    expect(await db.membership.count({ where: { organisationId: team.organisation.id } })).toBe(3);
  });
});

describe("listMembers", () => {
  it("says where each membership came from, with which rights, when, and whether it acts for the organisation now", async () => {
    const { organisation } = team;
    const at = new Date("2026-11-30T10:00:00Z");
    await db.membership.updateMany({
      where: { userId: team.users.viewer.id, organisationId: organisation.id },
      data: { source: "ALTINN", altinnResources: ["consent-portal-read"], active: false, lastLoginAt: at },
    });
    const members = await listMembers({ organisationId: organisation.id });
    expect(members.at(-1)).toMatchObject({
      userId: team.users.viewer.id,
      source: "ALTINN",
      altinnResources: ["consent-portal-read"],
      active: false,
      lastLoginAt: at,
    });
    expect(members[0]).toMatchObject({ userId: team.users.admin.id, source: "PORTAL", active: true });
  });
});
