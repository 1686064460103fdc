const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * `count` distinct valid organisation numbers (mod-11), starting from `firstEight`, for
 * tests that need many access-list members. Written here rather than imported so a bug
 * in the emulator's own check cannot hide itself.
 */
export function validOrgNumbers(count: number, firstEight = 90000000): string[] {
  const numbers: string[] = [];
  for (let base = firstEight; numbers.length < count; base++) {
    const digits = String(base).padStart(8, "0");
    const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    numbers.push(`${digits}${check === 11 ? 0 : check}`);
  }
  return numbers;
}

export const orgUrn = (orgNumber: string) => `urn:altinn:organization:identifier-no:${orgNumber}`;
