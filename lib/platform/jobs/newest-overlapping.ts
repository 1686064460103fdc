import { WHOLE_TARGET } from "./define-upstream-job";

// Which newer change set each object of a change. A change to the whole target (WHOLE_TARGET) overlaps every object
// in it, and a change to an object overlaps that object and the whole target. A 10,000-member import is 100 changes of
// 100 objects to one list, each checked against the batches queued after it: comparing every key with every newer key
// made that 100 x (up to 99 x 100) comparisons per batch (~0.5 s of the worker's CPU per import), so each newer key
// is looked up once in the change's own keys instead, which is linear in the keys.

export type TChangeKeys = { id: string; keys: readonly string[] };

/**
 * For each of `keys`, the id of the newest change in `newer` (ordered newest first) that sets it, or null. A newer
 * change without keys sets nothing.
 */
export function newestOverlapping(keys: readonly string[], newer: readonly TChangeKeys[]): Map<string, string | null> {
  const own = new Set(keys);
  const newestIndexOf = new Map<string, number>();
  let wholeTarget: number | undefined;
  let anything: number | undefined;
  for (const [index, other] of newer.entries()) {
    if (other.keys.length > 0) anything ??= index;
    for (const key of other.keys) {
      if (key === WHOLE_TARGET) wholeTarget ??= index;
      else if (own.has(key) && !newestIndexOf.has(key)) newestIndexOf.set(key, index);
    }
    if (wholeTarget !== undefined) break; // every older change is older than this one, which sets everything
  }
  const newest = (...indexes: (number | undefined)[]) => {
    const found = indexes.filter((index) => index !== undefined);
    return found.length > 0 ? newer[Math.min(...found)]!.id : null;
  };
  return new Map(
    [...own].map((key) => [key, key === WHOLE_TARGET ? newest(anything) : newest(newestIndexOf.get(key), wholeTarget)]),
  );
}
