import { afterAll, describe, expect, it } from "vitest";
import { createConsentResource, createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { getResourceDocumentation } from "./get-resource-documentation";
import { saveResourceDocumentation } from "./save-resource-documentation";

const db = testDb();
afterAll(() => db.$disconnect());

const content = (steps: string) => ({
  steps,
  requiredAccess: "Rollen **DAGL**",
  contact: "- samtykke@example.org",
  sections: [{ title: "Priser", body: "Gratis" }],
});

describe("saving documentation", () => {
  it("creates it once and replaces it after, and refuses another organisation's resource", async () => {
    const owner = await createOrganisation(db);
    const other = await createOrganisation(db);
    const identifier = `dok-${uniqueSuffix()}`;
    const resource = await createConsentResource(db, { organisationId: owner.id, identifier });

    await db.$transaction((tx) =>
      saveResourceDocumentation({
        tx,
        organisationId: owner.id,
        identifier,
        language: "nb",
        version: 0,
        content: content("1. Første"),
      }),
    );
    await db.$transaction((tx) =>
      saveResourceDocumentation({
        tx,
        organisationId: owner.id,
        identifier,
        language: "nb",
        version: 1,
        content: content("1. Andre"),
      }),
    );
    expect(await db.resourceDocumentation.count({ where: { resourceId: resource.id } })).toBe(1);
    expect((await getResourceDocumentation({ resourceId: resource.id })).nb).toMatchObject(content("1. Andre"));

    const attempt = db.$transaction((tx) =>
      saveResourceDocumentation({
        tx,
        organisationId: other.id,
        identifier,
        language: "nb",
        version: 2,
        content: content("kapret"),
      }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "documentationResourceNotFound" });
    expect((await getResourceDocumentation({ resourceId: resource.id })).nb?.steps).toBe("1. Andre");
  });

  it("lets only one of two editors who loaded the same version save, and tells the other, every time", async () => {
    const owner = await createOrganisation(db);
    const identifier = `dok-${uniqueSuffix()}`;
    const resource = await createConsentResource(db, { organisationId: owner.id, identifier });
    const save = (version: number, steps: string) =>
      db.$transaction((tx) =>
        saveResourceDocumentation({
          tx,
          organisationId: owner.id,
          identifier,
          language: "nb",
          version,
          content: content(steps),
        }),
      );
    // Round 0 races two first saves (nothing saved yet), the others two saves over the same saved version.
    for (let round = 0; round < 10; round++) {
      const outcomes = await Promise.allSettled([save(round, `A${round}`), save(round, `B${round}`)]);
      const saved = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(saved).toHaveLength(1);
      expect(refused).toEqual([
        expect.objectContaining({ code: "CONFLICT", messageKey: "documentationStaleAnonymous" }),
      ]);
      const stored = (await getResourceDocumentation({ resourceId: resource.id })).nb;
      expect(stored?.version).toBe(round + 1);
      const winner = outcomes[0]?.status === "fulfilled" ? `A${round}` : `B${round}`;
      expect(stored?.steps).toBe(winner);
    }
  });
});
