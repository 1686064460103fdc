type TMessageTree = { [key: string]: unknown };

/** A namespace or branch, not a message (with next-intl's `precompile` a message can be an array, also an object). */
const isBranch = (value: unknown): value is TMessageTree =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `base` with `added` laid over it, branch by branch: a subtree's messages beside the ones its parent provider has. */
export function mergeMessages(base: TMessageTree, added: TMessageTree): TMessageTree {
  const merged: TMessageTree = { ...base };
  for (const [key, value] of Object.entries(added)) {
    const existing = merged[key];
    merged[key] = isBranch(value) && isBranch(existing) ? mergeMessages(existing, value) : value;
  }
  return merged;
}
