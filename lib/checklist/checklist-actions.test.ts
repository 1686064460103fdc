import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { actAs } from "@/test/act-as";
import { attestConnectionAction } from "./checklist-actions";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The attestation exactly as the portal defines it, called as a chosen user; only the session lookup and Next's cache are replaced.

const db = testDb();
let admin: TSessionUser;
let editor: TSessionUser;
let org: { id: string; orgNumber: string };

const attestAs = (user: TSessionUser) => actAs(user, { attest: attestConnectionAction }).attest;
const input = () => ({
  orgNumber: org.orgNumber,
  environment: "test" as const,
  termsVersion: "2024-01" as const,
  accepted: true as const,
});

beforeAll(async () => {
  admin = await createUser(db, { name: "Checklist Admin" });
  editor = await createUser(db, { name: "Checklist Editor" });
  org = await createOrganisation(db, {
    members: [
      { userId: admin.id, role: "ADMIN" },
      { userId: editor.id, role: "EDITOR" },
    ],
  });
});

afterAll(() => db.$disconnect());

describe("attest the Maskinporten connection", () => {
  it("an editor may not attest", async () => {
    const result = await attestAs(editor)(input());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("FORBIDDEN");
    expect(await db.connectionAttestation.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("the box must be ticked", async () => {
    const result = await attestAs(admin)({ ...input(), accepted: false as unknown as true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("VALIDATION");
  });

  it("an administrator attests, audited; attesting again renews the same row", async () => {
    const first = await attestAs(admin)(input());
    expect(first.ok).toBe(true);
    const second = await attestAs(admin)(input());
    expect(second.ok).toBe(true);
    const rows = await db.connectionAttestation.findMany({ where: { organisationId: org.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ environment: "TEST", termsVersion: "2024-01", attestedById: admin.id });
    const audit = await db.auditEvent.findMany({
      where: { organisationId: org.id, targetType: "connection-attestation" },
    });
    expect(audit).toHaveLength(2);
  });
});
