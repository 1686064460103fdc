/**
 * Norwegian national identity number (fødselsnummer) checks, as ID-porten's test
 * environment accepts them: 11 digits whose last two are mod-11 check digits.
 * Synthetic test numbers (month + 80) pass the same algorithm, so no date check here.
 */

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export type NationalIdentityNumberProblem = "format" | "check-digits";

/** Mod-11 check digit for `digits`; undefined when the remainder makes it impossible (10). */
function mod11CheckDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/**
 * Completes the first nine digits with both check digits, or returns undefined when no
 * valid number exists for that prefix. Used to mint synthetic test persons.
 */
export function withCheckDigits(firstNine: string): string | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  const digits = [...firstNine].map(Number);
  const first = mod11CheckDigit(digits, FIRST_WEIGHTS);
  if (first === undefined) return undefined;
  const second = mod11CheckDigit([...digits, first], SECOND_WEIGHTS);
  if (second === undefined) return undefined;
  return `${firstNine}${first}${second}`;
}

/** Returns what is wrong with the number, or undefined when it is valid. */
export function nationalIdentityNumberProblem(value: string): NationalIdentityNumberProblem | undefined {
  if (!/^\d{11}$/.test(value)) return "format";
  return withCheckDigits(value.slice(0, 9)) === value ? undefined : "check-digits";
}

export function isValidNationalIdentityNumber(value: string): boolean {
  return nationalIdentityNumberProblem(value) === undefined;
}
