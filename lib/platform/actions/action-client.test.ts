import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { addMember } from "@/lib/organisations/add-member";
import { changeMemberRole } from "@/lib/organisations/change-member-role";
import { ZAddMember, ZChangeMemberRole } from "@/lib/organisations/schemas";
import { randomNationalIdentityNumber } from "@/test/identifiers";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { createActionClient } from "./action-client";

const db = testDb();
let admin: TSessionUser;
let viewer: TSessionUser;
let outsider: TSessionUser;
let organisation: { id: string; orgNumber: string };

function clientFor(user: TSessionUser | null) {
  const revalidate = vi.fn();
  const client = createActionClient({ db: () => db, getUser: async () => user, revalidate });
  const add = client.orgAction({
    name: "membership.add",
    schema: ZAddMember,
    minimumRole: "ADMIN",
    revalidate: (input) => [`/orgs/${input.orgNumber}/members`],
    run: async ({ input, tx, organisation: org }) => {
      const added = await addMember({ tx, organisationId: org.id, ...input });
      return { data: added, audit: { targetType: "membership", targetId: added.membershipId, summary: "added" } };
    },
  });
  const demote = client.orgAction({
    name: "membership.change-role",
    schema: ZChangeMemberRole,
    minimumRole: "ADMIN",
    run: async ({ input, tx, organisation: org }) => {
      const changed = await changeMemberRole({ tx, organisationId: org.id, ...input });
      return { data: changed, audit: { targetType: "membership", targetId: input.membershipId, summary: "changed" } };
    },
  });
  const login = client.orgAction({
    name: "test.login",
    schema: z.object({ orgNumber: z.string() }),
    minimumRole: "VIEWER",
    run: async ({ authenticatedAt }) => ({
      data: authenticatedAt,
      audit: { targetType: "test", targetId: "login", summary: "read the login time" },
    }),
  });
  const explode = client.orgAction({
    name: "test.explode",
    schema: z.object({ orgNumber: z.string() }),
    minimumRole: "VIEWER",
    run: async () => {
      throw new Error("database password is hunter2");
    },
  });
  return { add, demote, explode, login, revalidate };
}

const auditCount = (action: string) => db.auditEvent.count({ where: { organisationId: organisation.id, action } });

beforeAll(async () => {
  admin = await createUser(db, { name: "Admin" });
  viewer = await createUser(db, { name: "Viewer" });
  outsider = await createUser(db, { name: "Outsider" });
  organisation = await createOrganisation(db, {
    members: [
      { userId: admin.id, role: "ADMIN" },
      { userId: viewer.id, role: "VIEWER" },
    ],
  });
});

afterAll(() => db.$disconnect());

describe("orgAction", () => {
  const input = () => ({
    orgNumber: organisation.orgNumber,
    nationalIdentityNumber: randomNationalIdentityNumber(),
    role: "EDITOR",
  });

  it("refuses a caller without a session", async () => {
    const result = await clientFor(null).add(input());
    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a caller who is not a member of the organisation as not found", async () => {
    const result = await clientFor(outsider).add(input());
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("refuses a member whose role is too low", async () => {
    const result = await clientFor(viewer).add(input());
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("refuses invalid input with an error per field", async () => {
    const result = await clientFor(admin).add({
      orgNumber: organisation.orgNumber,
      nationalIdentityNumber: "01039012345",
      role: "OWNER",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(["nationalIdentityNumber", "role"]);
  });

  it("writes no audit event when the change fails", async () => {
    const before = await auditCount("membership.change-role");
    const membership = await db.membership.findFirstOrThrow({
      where: { organisationId: organisation.id, userId: admin.id },
    });
    const result = await clientFor(admin).demote({
      orgNumber: organisation.orgNumber,
      membershipId: membership.id,
      role: "VIEWER",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await auditCount("membership.change-role")).toBe(before);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("ADMIN");
  });

  it("makes the change and its audit event together, then revalidates", async () => {
    const client = clientFor(admin);
    const values = input();
    const result = await client.add(values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event = await db.auditEvent.findFirstOrThrow({ where: { targetId: result.data.membershipId } });
    expect(event).toMatchObject({
      actorId: admin.id,
      organisationId: organisation.id,
      action: "membership.add",
      targetType: "membership",
      summary: "added",
    });
    expect(client.revalidate).toHaveBeenCalledWith(`/orgs/${organisation.orgNumber}/members`);
  });

  it("hands the action when the caller logged in, from the session user (null when not known)", async () => {
    const at = new Date("2026-11-30T11:50:00Z");
    const orgNumber = organisation.orgNumber;
    expect(await clientFor({ ...viewer, authenticatedAt: at }).login({ orgNumber })).toEqual({ ok: true, data: at });
    expect(await clientFor(viewer).login({ orgNumber })).toEqual({ ok: true, data: null });
  });

  it("hides an unexpected error behind a correlation id", async () => {
    const result = await clientFor(viewer).explode({ orgNumber: organisation.orgNumber });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INTERNAL");
    expect(result.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.error.message).toContain(result.error.correlationId);
    expect(result.error.message).not.toContain("hunter2");
    expect(await auditCount("test.explode")).toBe(0);
  });
});
