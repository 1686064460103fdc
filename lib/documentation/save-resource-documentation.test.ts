import { afterAll, describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
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
    const resource = await db.consentResource.create({
      data: {
        organisationId: owner.id,
        identifier,
        versions: { create: { version: 1, content: { ...validDefinition, identifier } } },
      },
    });

    await db.$transaction((tx) =>
      saveResourceDocumentation({ tx, organisationId: owner.id, identifier, content: content("1. Første") }),
    );
    await db.$transaction((tx) =>
      saveResourceDocumentation({ tx, organisationId: owner.id, identifier, content: content("1. Andre") }),
    );
    expect(await db.resourceDocumentation.count({ where: { resourceId: resource.id } })).toBe(1);
    expect(await getResourceDocumentation({ resourceId: resource.id })).toMatchObject(content("1. Andre"));

    const attempt = db.$transaction((tx) =>
      saveResourceDocumentation({ tx, organisationId: other.id, identifier, content: content("kapret") }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "documentationResourceNotFound" });
    expect((await getResourceDocumentation({ resourceId: resource.id }))?.steps).toBe("1. Andre");
  });
});
