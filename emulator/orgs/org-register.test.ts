import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { isValidOrgNumber, orgCodeOf, orgNumberOfCode, organisationName, prefixOwner } from "./org-register";

describe("organisation register", () => {
  it("checks the mod-11 check digit", () => {
    const serviceOwners = ["991825827", "974761076", "889640782", "874761222"];
    const consumers = ["313876144", "310149942", "810419512", "910753614"];
    for (const valid of [...serviceOwners, ...consumers]) expect(isValidOrgNumber(valid)).toBe(true);
    for (const invalid of ["123456789", "987654321", "99182582", "99182582x", "991825828"]) {
      expect(isValidOrgNumber(invalid)).toBe(false);
    }
  });

  it("knows the test organisations, codes and prefixes, and names any other valid number", () => {
    expect(organisationName("974761076")).toBe("Skatteetaten");
    expect(organisationName("123456789")).toBeUndefined();
    expect(orgCodeOf("874761222")).toBe("stami");
    expect(orgCodeOf("313876144")).toBeUndefined();
    expect(orgNumberOfCode("digdir")).toBe("991825827");
    expect(prefixOwner("altinn")).toBe("991825827");
    expect(prefixOwner("skd")).toBe("974761076");
    expect(prefixOwner("unknown")).toBeUndefined();
  });

  describe("Enhetsregisteret endpoint", () => {
    let emulator: RunningEmulator;
    beforeAll(async () => {
      emulator = await startEmulator({ port: 0, env: {} });
    });
    afterAll(() => emulator?.close());
    const lookUp = (orgNumber: string) => fetch(`${emulator.url}/brreg/enhetsregisteret/api/enheter/${orgNumber}`);

    it("answers in Brønnøysund's shape", async () => {
      expect(await (await lookUp("313876144")).json()).toEqual({
        organisasjonsnummer: "313876144",
        navn: "Testbanken AS",
      });
      // 000000000 has check digit 0 (11 → 0), so it is a valid, generated test organisation.
      expect(await (await lookUp("000000000")).json()).toEqual({
        organisasjonsnummer: "000000000",
        navn: "Testvirksomhet 000000000",
      });
      expect((await lookUp("123456789")).status).toBe(404);
    });
  });
});
