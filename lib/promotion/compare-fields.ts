// Field-by-field comparison of an object's two records: the fields whose values differ, with both values as text.

export type TFieldDifference = { field: string; test: string; prod: string };

const asText = (value: unknown): string =>
  value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);

export function differingFields<T extends object>(test: T, prod: T, fields: readonly (keyof T & string)[]) {
  const differences: TFieldDifference[] = [];
  for (const field of fields) {
    const [a, b] = [asText(test[field]), asText(prod[field])];
    if (a !== b) differences.push({ field, test: a, prod: b });
  }
  return differences;
}

/** Pairs the two environments' objects by a key, in key order: [key, test, prod]. */
export function pairByKey<T>(test: readonly T[], prod: readonly T[], keyOf: (item: T) => string) {
  const testByKey = new Map(test.map((item) => [keyOf(item), item]));
  const prodByKey = new Map(prod.map((item) => [keyOf(item), item]));
  const keys = [...new Set([...testByKey.keys(), ...prodByKey.keys()])].sort();
  return keys.map((key) => [key, testByKey.get(key) ?? null, prodByKey.get(key) ?? null] as const);
}
