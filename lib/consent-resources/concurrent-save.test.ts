import { afterAll, describe, expect, it, vi } from "vitest";
import { actAs, twoEditorsForTests } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import messages from "@/messages/nb.json";
import { validDefinition } from "./test-fixtures";

// Two editors saving the same consent resource from the same version, at the same moment, through the real action:
// one saves the next version, the other is told someone else saved it (the conflict message, never the generic one).
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveConsentResourceAction } = await import("./consent-resource-actions");

const db = testDb();
const { organisation, users } = twoEditorsForTests(db);
afterAll(() => db.$disconnect());

describe("two editors saving one consent resource", () => {
  it("saves one version and gives the other the conflict message, in each of 10 races", async () => {
    const { orgNumber } = organisation;
    const editors = [users.anna, users.bjorn];
    const identifier = `t${orgNumber}-${uniqueSuffix()}`;
    const definition = { ...validDefinition, identifier, scopeReferences: [] };
    const created = await actAs(editors[0]!, { saveConsentResourceAction }).saveConsentResourceAction({
      orgNumber,
      definition,
    });
    if (!created.ok) throw new Error(created.error.message);
    const { resourceId } = created.data;
    for (let round = 1; round <= 10; round++) {
      const results = await Promise.all(
        editors.map((editor) =>
          actAs(editor, { saveConsentResourceAction }).saveConsentResourceAction({
            orgNumber,
            resourceId,
            baseVersion: round,
            definition: { ...definition, title: { ...definition.title, en: `${editor.name} ${round}` } },
          }),
        ),
      );
      expect(results.filter((result) => result.ok)).toEqual([
        { ok: true, data: expect.objectContaining({ version: round + 1 }) },
      ]);
      expect(results.filter((result) => !result.ok)).toEqual([
        {
          ok: false,
          error: {
            code: "CONFLICT",
            message: messages.errors.consentResourceStale.replace("{version}", String(round + 1)),
          },
        },
      ]);
    }
    expect(await db.consentResourceVersion.count({ where: { resourceId } })).toBe(11);
  });
});
