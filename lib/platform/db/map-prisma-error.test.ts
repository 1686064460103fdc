import { afterAll, describe, expect, it } from "vitest";
import { conflict } from "@/lib/platform/errors/app-error";
import { createOrganisation, testDb } from "@/test/factories";
import { withPrismaErrors } from "./map-prisma-error";

// Prisma's errors from the real database, turned into the domain errors the caller names.

const db = testDb();
afterAll(() => db.$disconnect());

describe("withPrismaErrors", () => {
  it("turns a unique violation into the caller's domain error", async () => {
    const { orgNumber } = await createOrganisation(db);
    const duplicate = withPrismaErrors(() => db.organisation.create({ data: { orgNumber, name: "Twin" } }), {
      uniqueViolation: () => conflict("organisationExists"),
    });
    await expect(duplicate).rejects.toMatchObject({ code: "CONFLICT", messageKey: "organisationExists" });
  });

  it("keeps a unique violation the caller did not name as it is (unexpected)", async () => {
    const { orgNumber } = await createOrganisation(db);
    const duplicate = withPrismaErrors(() => db.organisation.create({ data: { orgNumber, name: "Twin" } }), {});
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
  });

  it("turns a missing record into NOT_FOUND, or the caller's own not-found", async () => {
    const missing = () => db.organisation.update({ where: { id: crypto.randomUUID() }, data: { name: "Nobody" } });
    await expect(withPrismaErrors(missing, {})).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "notFound" });
    const named = withPrismaErrors(missing, { recordNotFound: () => conflict("organisationExists") });
    await expect(named).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("returns the query's result when it succeeds", async () => {
    const { id } = await createOrganisation(db);
    const find = () => db.organisation.findUniqueOrThrow({ where: { id }, select: { id: true } });
    const found = await withPrismaErrors(find, {});
    expect(found).toEqual({ id });
  });
});
