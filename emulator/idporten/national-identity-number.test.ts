import { describe, expect, it } from "vitest";
import {
  isValidNationalIdentityNumber,
  nationalIdentityNumberProblem,
  withCheckDigits,
} from "./national-identity-number";
import { TEST_PERSONS } from "./test-persons";

describe("national identity number", () => {
  it("accepts every listed test person", () => {
    for (const person of TEST_PERSONS) expect(isValidNationalIdentityNumber(person.pid), person.name).toBe(true);
    expect(new Set(TEST_PERSONS.map((person) => person.pid)).size).toBe(TEST_PERSONS.length);
  });

  it("computes check digits by hand-checked example", () => {
    // 218182978: sum 3*2+7*1+6*8+1*1+8*8+9*2+4*9+5*7+2*8 = 231, 231 mod 11 = 0 -> k1 = 0;
    // then 2181829780 with weights 5,4,3,2,7,6,5,4,3,2: sum 205, 205 mod 11 = 7 -> k2 = 4.
    expect(withCheckDigits("218182978")).toBe("21818297804");
  });

  it("explains what is wrong", () => {
    expect(nationalIdentityNumberProblem("01039012345")).toBe("check-digits");
    expect(nationalIdentityNumberProblem("21818297805")).toBe("check-digits");
    expect(nationalIdentityNumberProblem("2181829780")).toBe("format");
    expect(nationalIdentityNumberProblem("2181829780a")).toBe("format");
    expect(nationalIdentityNumberProblem("21818297804")).toBeUndefined();
  });
});
