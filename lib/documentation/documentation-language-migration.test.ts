import { afterAll, describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { testDb } from "@/test/factories";
import { defaultSteps } from "./default-documentation";

// Migration 20261130180500_documentation_per_language gives each row saved before it the language it was written in:
// a row that started from the default template carries that language's step headings; any other row becomes bokmål.

const db = testDb();
afterAll(() => db.$disconnect());

async function guess(steps: string): Promise<string | undefined> {
  const [row] = await db.$queryRaw<{ language: string }[]>`
    SELECT "documentation_written_language"(${steps})::text AS "language"`;
  return row?.language;
}

describe("the language the migration gives documentation saved before languages were kept apart", () => {
  const ownerName = "Skatteetaten";
  const variants = [
    validDefinition,
    { ...validDefinition, scopeReferences: [], consentMetadata: [], accessListMode: "Enabled" as const },
  ];

  it("recognises the default template in each language, however the resource looks", async () => {
    for (const definition of variants) {
      for (const locale of ["nb", "nn", "en"] as const) {
        expect(await guess(defaultSteps({ locale, definition, ownerName }))).toBe(locale);
      }
    }
  });

  it("recognises an edited template by the headings left in it", async () => {
    const english = defaultSteps({ locale: "en", definition: validDefinition, ownerName }).split("\n").slice(2);
    expect(await guess(`1. Contact us first.\n${english.join("\n")}`)).toBe("en");
  });

  it("makes any other text bokmål, the language every resource has", async () => {
    expect(await guess("1. Be om samtykke")).toBe("nb");
    expect(await guess("")).toBe("nb");
    expect(await guess("1. Ask for consent")).toBe("nb");
  });
});
