import { isValidOrgNumber } from "./org-number";

export { isValidOrgNumber };

interface KnownOrganisation {
  name: string;
  /** Altinn org code; only service owners (agencies) have one. */
  code?: string;
}

// Built-in test data: the service owners and consumers the portal's scenarios use (numbers from DOMAIN.md).
const ORGANISATIONS: Readonly<Record<string, KnownOrganisation>> = {
  "974761076": { name: "Skatteetaten", code: "skd" },
  "991825827": { name: "Digitaliseringsdirektoratet", code: "digdir" },
  "889640782": { name: "Arbeids- og velferdsetaten", code: "nav" },
  "874761222": { name: "Statens arbeidsmiljøinstitutt", code: "stami" },
  // Altinn's test service owner (owner of the real example policies); the number is the one Altinn's local
  // test environment's org registry gives it (a valid mod-11 number).
  "405003309": { name: "Testdepartementet", code: "ttd" },
  "313876144": { name: "Testbanken AS" },
  "310149942": { name: "Demo Forsikring AS" },
  "810419512": { name: "Eksempel Kommune" },
  "910753614": { name: "Prøvebedriften AS" },
};

// Maskinporten scope prefixes are assigned by Digdir; Digdir itself holds its own platforms' prefixes.
const PREFIX_OWNERS: Readonly<Record<string, string>> = {
  skd: "974761076",
  digdir: "991825827",
  altinn: "991825827",
  idporten: "991825827",
  nav: "889640782",
  stami: "874761222",
};

export const DIGDIR_ORG_NUMBER = "991825827";

/** The organisation's name; any valid number outside the test data is a generated test organisation. */
export function organisationName(orgNumber: string): string | undefined {
  if (!isValidOrgNumber(orgNumber)) return undefined;
  return ORGANISATIONS[orgNumber]?.name ?? `Testvirksomhet ${orgNumber}`;
}

export function orgCodeOf(orgNumber: string): string | undefined {
  return ORGANISATIONS[orgNumber]?.code;
}

export function orgNumberOfCode(code: string): string | undefined {
  return Object.entries(ORGANISATIONS).find(([, org]) => org.code === code.toLowerCase())?.[0];
}

/** The org number that owns a Maskinporten scope prefix, if Digdir has assigned it. */
export function prefixOwner(prefix: string): string | undefined {
  return PREFIX_OWNERS[prefix];
}
