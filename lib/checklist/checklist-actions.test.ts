import { afterAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { testDb } from "@/test/factories";
import { actAs, membersForTests } from "@/test/act-as";
import { attestConnectionAction } from "./checklist-actions";

vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The attestation exactly as the portal defines it, called as a chosen user; only the session lookup and Next's cache are replaced.

const db = testDb();
const { organisation: org, users } = membersForTests(db, {
  admin: { role: "ADMIN", name: "Checklist Admin" },
  editor: { role: "EDITOR", name: "Checklist Editor" },
});
afterAll(() => db.$disconnect());

const attestAs = (user: TSessionUser) => actAs(user, { attest: attestConnectionAction }).attest;
const input = () => ({
  orgNumber: org.orgNumber,
  environment: "test" as const,
  termsVersion: "2024-01" as const,
  accepted: true as const,
});

describe("attest the Maskinporten connection", () => {
  it("an editor may not attest", async () => {
    const result = await attestAs(users.editor)(input());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("FORBIDDEN");
    expect(await db.connectionAttestation.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("the box must be ticked", async () => {
    const result = await attestAs(users.admin)({ ...input(), accepted: false as unknown as true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("VALIDATION");
  });

  it("an administrator attests, audited; attesting again renews the same row", async () => {
    const first = await attestAs(users.admin)(input());
    expect(first.ok).toBe(true);
    const second = await attestAs(users.admin)(input());
    expect(second.ok).toBe(true);
    const rows = await db.connectionAttestation.findMany({ where: { organisationId: org.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ environment: "TEST", termsVersion: "2024-01", attestedById: users.admin.id });
    const audit = await db.auditEvent.findMany({
      where: { organisationId: org.id, targetType: "connection-attestation" },
    });
    expect(audit).toHaveLength(2);
  });
});
