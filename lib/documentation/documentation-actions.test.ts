import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, twoEditorsForTests } from "@/test/act-as";
import { createConsentResource, testDb, uniqueSuffix } from "@/test/factories";
import messages from "@/messages/nb.json";
import { saveDocumentationAction } from "./documentation-actions";

// The real action as two editors at once (messages in Norwegian, the default language): the second is told who saved.
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = testDb();
const { organisation, users } = twoEditorsForTests(db);
const identifier = `dok-${uniqueSuffix()}`;
beforeAll(async () => {
  await createConsentResource(db, { organisationId: organisation.id, identifier });
});
afterAll(() => db.$disconnect());

const input = (version: number, steps: string) => ({
  orgNumber: organisation.orgNumber,
  identifier,
  language: "nb" as const,
  version,
  steps,
  requiredAccess: "",
  contact: "",
  sections: [],
});

describe("saving documentation as two editors", () => {
  it("saves one, refuses the other with who saved and when, and a stale version stays refused", async () => {
    const { anna, bjorn } = users;
    const [first, second] = await Promise.all([
      actAs(anna, { saveDocumentationAction }).saveDocumentationAction(input(0, "Annas tekst")),
      actAs(bjorn, { saveDocumentationAction }).saveDocumentationAction(input(0, "Bjørns tekst")),
    ]);
    const results = [first, second];
    const won = results.findIndex((result) => result.ok);
    expect(won).toBeGreaterThanOrEqual(0);
    const lost = results[1 - won];
    const winner = won === 0 ? anna : bjorn;
    expect(results[won]).toEqual({ ok: true, data: { version: 1 } });
    expect(lost).toEqual({ ok: false, error: expect.objectContaining({ code: "CONFLICT" }) });
    if (lost?.ok !== false) throw new Error("expected a conflict");
    const template = messages.errors.documentationStale.split("{name}")[1]?.split("{savedAt}")[0] ?? "";
    expect(lost.error.message).toContain(`${winner.name}${template}`);
    expect(lost.error.message).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const stored = await db.resourceDocumentation.findFirstOrThrow({
      where: { resource: { identifier } },
      select: { steps: true, version: true },
    });
    expect(stored).toEqual({ steps: won === 0 ? "Annas tekst" : "Bjørns tekst", version: 1 });

    // The winner saves again from the version the action handed back; the loser's old version is still refused.
    const again = await actAs(winner, { saveDocumentationAction }).saveDocumentationAction(input(1, "Nytt"));
    expect(again).toEqual({ ok: true, data: { version: 2 } });
    const stale = await actAs(anna, { saveDocumentationAction }).saveDocumentationAction(input(1, "Gammelt"));
    expect(stale).toEqual({ ok: false, error: expect.objectContaining({ code: "CONFLICT" }) });
  });

  it("refuses a version beyond PostgreSQL's integer as a field error", async () => {
    const result = await actAs(users.anna, { saveDocumentationAction }).saveDocumentationAction(input(2 ** 31, "x"));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "VALIDATION" }) });
  });
});
