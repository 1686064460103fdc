/**
 * Synthetic persons offered as one-click logins. All numbers are synthetic (month + 80,
 * as in Skatteetaten's Tenor test data) and pass the mod-11 check; see
 * national-identity-number.test.ts, which fails if one stops doing so.
 */
export interface TestPerson {
  /** National identity number, emitted as the `pid` claim. */
  pid: string;
  /** Full name, emitted as the `name` claim. */
  name: string;
}

export const TEST_PERSONS: readonly TestPerson[] = [
  { pid: "21818297804", name: "Kari Nordmann" },
  { pid: "25922947409", name: "Ola Nordmann" },
  { pid: "03867199348", name: "Per Hansen" },
  // Computed with withCheckDigits(): 12 Mar 1991 (+80 month), individual number 202 (even: female).
  { pid: "12839120247", name: "Siri Berg" },
  // Computed with withCheckDigits(): 7 Aug 1985 (+80 month), individual number 217 (odd: male).
  { pid: "07088521751", name: "Jonas Lie" },
  // Ansattporten's test persons for an organisation the portal does not know yet (ansattporten/altinn-rights.ts).
  // Computed with withCheckDigits(): 15 May 1990 (+80 month), individual number 234 (even: female).
  { pid: "15859023441", name: "Nora Dahl" },
  // Computed with withCheckDigits(): 22 Nov 1988 (+80 month), individual number 345 (odd: male).
  { pid: "22918834501", name: "Eirik Moen" },
];

export function findTestPerson(pid: string): TestPerson | undefined {
  return TEST_PERSONS.find((person) => person.pid === pid);
}
