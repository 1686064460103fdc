import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";

// The one input policy through the portal's real actions (only the session and Next's cache replaced): what PostgreSQL
// cannot store is a field error naming the problem, never "something went wrong" from the database.
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/platform/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveConsentResourceAction } = await import("@/lib/consent-resources/consent-resource-actions");
const { publishConsentResourceAction } = await import("@/lib/publishing/publishing-actions");

const db = testDb();
const fields = loadMessages("nb").errors.fields;
let organisation: { id: string; orgNumber: string };

beforeAll(async () => {
  const editor = await createUser(db, { name: "Edda Editor" });
  organisation = await createOrganisation(db, { members: [{ userId: editor.id, role: "EDITOR" }] });
  const prefix = `t${uniqueSuffix()}`;
  await db.organisation.update({ where: { id: organisation.id }, data: { orgCode: prefix, scopePrefix: prefix } });
  session.user = editor;
});
afterAll(() => db.$disconnect());
beforeEach(() => expect(session.user).not.toBeNull());

const definition = (changes: Partial<typeof validDefinition>) => ({
  ...validDefinition,
  identifier: `t${organisation.orgNumber}-${uniqueSuffix()}`,
  scopeReferences: [],
  ...changes,
});

describe("the input policy in the action helper", () => {
  it("refuses a NUL byte in a text field as a field error, and stores nothing", async () => {
    const input = definition({ title: { ...validDefinition.title, en: "Income\u0000" } });
    const result = await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: "VALIDATION",
        fieldErrors: { "definition.title.en": [fields.nulCharacter] },
      }),
    });
    expect(await db.consentResource.count({ where: { identifier: input.identifier } })).toBe(0);
  });

  it("refuses a lone UTF-16 surrogate in a field stored as JSON", async () => {
    const input = definition({ description: { ...validDefinition.description, nb: "Inntekt \uD800 fra a-meldingen" } });
    const result = await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { "definition.description.nb": [fields.loneSurrogate] } },
    });
  });

  it("keeps a correct surrogate pair (an emoji) and other text as it is", async () => {
    const input = definition({ description: { ...validDefinition.description, nb: "Inntekt 📈 fra a-meldingen" } });
    const result = await saveConsentResourceAction({ orgNumber: organisation.orgNumber, definition: input });
    expect(result).toMatchObject({ ok: true });
  });

  it("refuses a version of 2^31, sent as a number or as text, before Prisma sees it", async () => {
    for (const version of [2 ** 31, "2147483648"]) {
      const result = await publishConsentResourceAction({
        orgNumber: organisation.orgNumber,
        identifier: "does-not-matter",
        environment: "TEST",
        version,
      } as never);
      expect(result).toMatchObject({
        ok: false,
        error: { code: "VALIDATION", fieldErrors: { version: [fields.numberOutOfRange] } },
      });
    }
  });
});
