// Norwegian national identity number (fødselsnummer, also synthetic test numbers):
// 11 digits with two mod-11 check digits.
const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function checkDigit(digits: number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i]!, 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === 10 ? null : check;
}

export function isValidNationalIdentityNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const first = checkDigit(digits, FIRST_WEIGHTS);
  if (first === null || first !== digits[9]) return false;
  const second = checkDigit(digits, SECOND_WEIGHTS);
  return second !== null && second === digits[10];
}
