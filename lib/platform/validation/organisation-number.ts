// Norwegian organisation number: 9 digits, the last a mod-11 check digit over weights 3,2,7,6,5,4,3,2.
// The Resource Registry accepts any 9 digits (DOMAIN.md), so the portal must check itself.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * digits[i]!, 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === digits[8];
}
