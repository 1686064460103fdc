/**
 * A bounded in-process memo whose entries belong to one revision of their source: a lookup under a newer revision
 * never returns an older value, so correctness needs only the revision, read from a store every process shares (a
 * database row moved on in the transaction of each change). Each replica keeps its own entries; none has to be told
 * of a change. Least recently used entries go first once `max` are held.
 */
export function createRevisionMemo<TValue>(options: { max: number }) {
  const entries = new Map<string, { revision: string; value: Promise<TValue> }>();

  return async function memo(key: string, revision: string, load: () => Promise<TValue>): Promise<TValue> {
    const held = entries.get(key);
    entries.delete(key);
    if (held && held.revision === revision) {
      entries.set(key, held);
      return held.value;
    }
    // The promise is held, so concurrent requests for the same key share one load; a failed load is not kept.
    const value = load();
    entries.set(key, { revision, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    while (entries.size > options.max) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
