/** JSON text of a value with object keys sorted, so two values compare equal whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** The keys of `desired` whose values differ from `current`'s, in `desired`'s order. */
export function changedFields<T extends object>(current: T, desired: T): string[] {
  return (Object.keys(desired) as (keyof T & string)[]).filter((key) => !sameValue(current[key], desired[key]));
}
