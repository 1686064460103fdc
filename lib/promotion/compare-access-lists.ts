import type { TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import { differingFields, pairByKey, type TFieldDifference } from "./compare-fields";
import { connectionKey, listKey, type TCompared, type TComparisonStatus } from "./promotion-keys";

// Access lists side by side, by identifier (name, description, members), and their resource connections.

export type TAccessListRecord = {
  id: string;
  identifier: string;
  name: string;
  description: string;
  memberCount: number;
  version: number;
  sync: TUpstreamSyncState | null;
};

/** The members on one side only: counted in full, the first few listed (list-member-differences.ts). */
export type TMemberDifference = {
  onlyInTestCount: number;
  onlyInProdCount: number;
  onlyInTest: string[];
  onlyInProd: string[];
};

export type TAccessListComparison = TCompared & {
  identifier: string;
  test: TAccessListRecord | null;
  prod: TAccessListRecord | null;
  differences: TFieldDifference[];
  members: TMemberDifference;
};

export type TConnectionRecord = { listIdentifier: string; resourceIdentifier: string; actionFilters: string[] };

export type TConnectionComparison = TCompared & {
  listIdentifier: string;
  resourceIdentifier: string;
  test: TConnectionRecord | null;
  prod: TConnectionRecord | null;
};

const NO_DIFFERENCE: TMemberDifference = { onlyInTestCount: 0, onlyInProdCount: 0, onlyInTest: [], onlyInProd: [] };

const statusOf = (inTest: unknown, inProd: unknown, differs: boolean): TComparisonStatus =>
  !inProd ? "missingInProd" : !inTest ? "onlyInProd" : differs ? "differs" : "equal";

export function compareAccessLists(
  test: readonly TAccessListRecord[],
  prod: readonly TAccessListRecord[],
  members: ReadonlyMap<string, TMemberDifference>,
): TAccessListComparison[] {
  return pairByKey(test, prod, (list) => list.identifier).map(([identifier, inTest, inProd]) => {
    const differences = inTest && inProd ? differingFields(inTest, inProd, ["name", "description"] as const) : [];
    const memberDifference = members.get(identifier) ?? NO_DIFFERENCE;
    const membersDiffer = memberDifference.onlyInTestCount + memberDifference.onlyInProdCount > 0;
    return {
      key: listKey(identifier),
      identifier,
      status: statusOf(inTest, inProd, differences.length > 0 || membersDiffer),
      blocker: null,
      needs: [],
      test: inTest,
      prod: inProd,
      differences,
      members: memberDifference,
    };
  });
}

/**
 * Connections by list and resource. Promoting one connects the production list of the same identifier, so a
 * connection whose list is not in production needs it (`needsList`: there already, or promoted with it).
 */
export function compareConnections(
  test: readonly TConnectionRecord[],
  prod: readonly TConnectionRecord[],
  prodListIdentifiers: ReadonlySet<string>,
): TConnectionComparison[] {
  const keyOf = (connection: TConnectionRecord) =>
    connectionKey(connection.listIdentifier, connection.resourceIdentifier);
  return pairByKey(test, prod, keyOf).map(([key, inTest, inProd]) => {
    const either = (inTest ?? inProd)!;
    // Every connection the portal makes carries the same action filter (`requestconsent`): existence is the difference.
    const status = statusOf(inTest, inProd, false);
    return {
      key,
      listIdentifier: either.listIdentifier,
      resourceIdentifier: either.resourceIdentifier,
      status,
      blocker: null,
      needs:
        status === "missingInProd" && !prodListIdentifiers.has(either.listIdentifier)
          ? [{ blocker: "needsList" as const, anyOf: [listKey(either.listIdentifier)] }]
          : [],
      test: inTest,
      prod: inProd,
    };
  });
}
