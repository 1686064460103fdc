// Valid (mod-11) organisation numbers in ascending order, for tests and benchmarks that need thousands of them.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export function syntheticOrgNumbers(count: number, start = 80_000_000): string[] {
  const numbers: string[] = [];
  for (let base = start; numbers.length < count && base < 100_000_000; base++) {
    const digits = String(base).padStart(8, "0");
    const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) numbers.push(`${digits}${check}`);
  }
  return numbers;
}
