// Random valid Norwegian identifiers, so each test owns its rows and tests can run side by side.

function mod11(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i]!, 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : check;
}

const randomDigits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10));

export function randomOrganisationNumber(): string {
  for (;;) {
    const digits = [8 + Math.floor(Math.random() * 2), ...randomDigits(7)];
    const check = mod11(digits, [3, 2, 7, 6, 5, 4, 3, 2]);
    if (check !== null) return [...digits, check].join("");
  }
}

/** A synthetic national identity number (month + 80, as Skatteetaten's test numbers). */
export function randomNationalIdentityNumber(): string {
  for (;;) {
    const day = 1 + Math.floor(Math.random() * 28);
    const month = 81 + Math.floor(Math.random() * 12);
    const year = Math.floor(Math.random() * 100);
    const base = [...`${day}`.padStart(2, "0"), ...`${month}`, ...`${year}`.padStart(2, "0")].map(Number);
    const digits = [...base, ...randomDigits(3)];
    const first = mod11(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (first === null) continue;
    const second = mod11([...digits, first], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (second !== null) return [...digits, first, second].join("");
  }
}
