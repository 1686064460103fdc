import { describe, expect, it } from "vitest";
import { isValidNationalIdentityNumber } from "./national-identity-number";
import { isValidOrganisationNumber } from "./organisation-number";

describe("isValidOrganisationNumber", () => {
  it.each(["991825827", "974761076", "889640782", "874761222", "313876144", "310149942", "810419512", "910753614"])(
    "accepts %s",
    (value) => expect(isValidOrganisationNumber(value)).toBe(true),
  );

  it.each(["123456789", "987654321", "99182582", "9918258270", "99182582a", "", " 991825827"])("rejects %j", (value) =>
    expect(isValidOrganisationNumber(value)).toBe(false),
  );
});

describe("isValidNationalIdentityNumber", () => {
  it.each(["21818297804", "25922947409", "03867199348"])("accepts %s", (value) =>
    expect(isValidNationalIdentityNumber(value)).toBe(true),
  );

  it.each(["01039012345", "21818297805", "2181829780", "218182978041", "2181829780a", ""])("rejects %j", (value) =>
    expect(isValidNationalIdentityNumber(value)).toBe(false),
  );
});
