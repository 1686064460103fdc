// The shape of a drift finding's differences, shared by every comparison (pure): field → what the portal has and what
// upstream has, in a form the drift page can show as it is (strings, numbers, booleans, short lists).

export type TDriftValue = string | number | boolean | null | string[];
export type TDriftField = { portal: TDriftValue; upstream: TDriftValue };
export type TDriftFields = Record<string, TDriftField>;

/** What the scheduled check and "Check now" find for one managed object. */
export type TDriftObjectType = "scope" | "consent-resource" | "access-list" | "maskinporten-client";
export const DRIFT_OBJECT_TYPES = [
  "scope",
  "consent-resource",
  "access-list",
  "maskinporten-client",
] as const satisfies readonly TDriftObjectType[];

export type TDriftResult = {
  objectType: TDriftObjectType;
  objectId: string;
  label: string;
  /** Empty when the two agree (then no finding is kept). */
  fields: TDriftFields;
  deletedUpstream: boolean;
};

/** How many members of a set difference the drift page lists by name; the rest are counted. */
export const LISTED_MEMBERS = 20;

export const sortedSet = (values: Iterable<string>) => [...new Set(values)].sort();

/** Same members, ignoring order and repeats. */
export const sameSet = (a: Iterable<string>, b: Iterable<string>) =>
  sortedSet(a).join("\n") === sortedSet(b).join("\n");

/** Only the fields whose two sides differ (compared as JSON, lists as sets when `asSet`). */
export function differing(pairs: Record<string, TDriftField & { asSet?: boolean }>): TDriftFields {
  const fields: TDriftFields = {};
  for (const [name, { portal, upstream, asSet }] of Object.entries(pairs)) {
    const same =
      asSet && Array.isArray(portal) && Array.isArray(upstream)
        ? sameSet(portal, upstream)
        : JSON.stringify(portal) === JSON.stringify(upstream);
    if (same) continue;
    fields[name] =
      asSet && Array.isArray(portal) && Array.isArray(upstream)
        ? { portal: sortedSet(portal), upstream: sortedSet(upstream) }
        : { portal, upstream };
  }
  return fields;
}

/**
 * Two large sets (access-list members) as a finding keeps them: only the members one side lacks (a list of 5,000 that
 * differs in 3 stores 3 numbers, not 10,000), all of them, so "push" knows what to remove; and both sizes.
 */
export function setDifference(portal: Iterable<string>, upstream: Iterable<string>): TDriftFields {
  const ours = new Set(portal);
  const theirs = new Set(upstream);
  const onlyPortal = [...ours].filter((value) => !theirs.has(value)).sort();
  const onlyUpstream = [...theirs].filter((value) => !ours.has(value)).sort();
  if (onlyPortal.length === 0 && onlyUpstream.length === 0) return {};
  return {
    members: { portal: onlyPortal, upstream: onlyUpstream },
    memberCount: { portal: ours.size, upstream: theirs.size },
  };
}
