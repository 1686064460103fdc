import { afterAll, describe, expect, it } from "vitest";
import { createConsentResource, createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { getResourceDocumentation } from "./get-resource-documentation";
import { saveResourceDocumentation } from "./save-resource-documentation";
import type { TDocumentationLanguage } from "./documentation-languages";

const db = testDb();
afterAll(() => db.$disconnect());

const content = (steps: string) => ({ steps, requiredAccess: "", contact: "", sections: [] });

describe("documentation per language", () => {
  it("keeps each language on its own, with its own version, and never fills one from another", async () => {
    const owner = await createOrganisation(db);
    const identifier = `dok-${uniqueSuffix()}`;
    const resource = await createConsentResource(db, { organisationId: owner.id, identifier });
    const save = (language: TDocumentationLanguage, version: number, steps: string) =>
      db.$transaction((tx) =>
        saveResourceDocumentation({
          tx,
          organisationId: owner.id,
          identifier,
          language,
          version,
          content: content(steps),
        }),
      );

    expect(await save("nb", 0, "1. Steg på bokmål")).toMatchObject({ version: 1 });
    expect(await save("en", 0, "1. Step in English")).toMatchObject({ version: 1 });
    expect(await save("nb", 1, "1. Nytt steg på bokmål")).toMatchObject({ version: 2 });

    const saved = await getResourceDocumentation({ resourceId: resource.id });
    expect(Object.keys(saved).sort()).toEqual(["en", "nb"]);
    expect(saved.nb).toMatchObject({ steps: "1. Nytt steg på bokmål", version: 2 });
    expect(saved.en).toMatchObject({ steps: "1. Step in English", version: 1 });
    expect(saved.nn).toBeUndefined();

    // English is still at version 1: a save naming bokmål's version 2 for English is stale, not a bokmål save.
    await expect(save("en", 2, "feil")).rejects.toMatchObject({ code: "CONFLICT" });
    // A first nynorsk save over nothing is not refused because other languages were saved.
    expect(await save("nn", 0, "1. Steg på nynorsk")).toMatchObject({ version: 1 });
    await expect(save("nn", 0, "1. Ein annan")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getResourceDocumentation({ resourceId: resource.id })).nn?.steps).toBe("1. Steg på nynorsk");
  });
});
