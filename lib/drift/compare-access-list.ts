import { differing, setDifference, type TDriftFields } from "./drift-fields";

// An access list against the registry's: name and description, members as sets (by organisation number), and the
// resources it is connected to (with their action filters). Pure: both sides are read by the caller, the members
// page by page.

export type TAccessListSide = {
  name: string;
  description: string;
  members: Iterable<string>;
  /** `{resource identifier} ({action filters, sorted})`. */
  connections: string[];
};

/** A connection as the finding shows it; the same text on both sides means the same connection. */
export const connectionLabel = (resourceIdentifier: string, actionFilters: readonly string[] | null | undefined) =>
  `${resourceIdentifier} (${actionFilters?.length ? [...actionFilters].sort().join(", ") : "*"})`;

export function compareAccessList(portal: TAccessListSide, upstream: TAccessListSide): TDriftFields {
  return {
    ...differing({
      name: { portal: portal.name, upstream: upstream.name },
      description: { portal: portal.description, upstream: upstream.description },
      connections: { portal: portal.connections, upstream: upstream.connections, asSet: true },
    }),
    ...setDifference(portal.members, upstream.members),
  };
}
