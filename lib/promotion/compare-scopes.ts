import { COMPARED_FIELDS } from "@/lib/scopes/compare-with-maskinporten";
import type { TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import { differingFields, pairByKey, type TFieldDifference } from "./compare-fields";
import { scopeKey, type TBlocker, type TCompared, type TComparisonStatus } from "./promotion-keys";

// Scopes side by side, by subscope: each field that differs, missing in production, or only there.

export type TScopeRecord = {
  id: string;
  name: string;
  subscope: string;
  description: string;
  longDescription: string | null;
  visibility: string;
  tokenLifetimeSeconds: number | null;
  allowedIntegrationTypes: string[];
  active: boolean;
  version: number;
  /** The latest Maskinporten change of the scope in its environment (pending or failed shows beside it). */
  sync: TUpstreamSyncState | null;
};

export type TScopeComparison = TCompared & {
  name: string;
  test: TScopeRecord | null;
  prod: TScopeRecord | null;
  differences: TFieldDifference[];
};

// The fields the portal compares with Maskinporten are the ones a scope has of its own: the same here.
const SCOPE_FIELDS = COMPARED_FIELDS;

/** An empty long description is stored as null on one side and "" nowhere; the integration types' order is no difference. */
const comparable = (scope: TScopeRecord) => ({
  ...scope,
  longDescription: scope.longDescription ?? "",
  allowedIntegrationTypes: [...scope.allowedIntegrationTypes].sort(),
});

function scopeBlocker(
  status: TComparisonStatus,
  test: TScopeRecord | null,
  prod: TScopeRecord | null,
): TBlocker | null {
  if (status !== "missingInProd" && status !== "differs") return null;
  if (!test?.active) return "inactiveInTest";
  if (prod && !prod.active) return "deactivatedInProd"; // Maskinporten never deletes a scope; a deactivated one stays so
  if (prod?.sync?.status === "PENDING") return "prodChangePending"; // lib/scopes/scope-guards.ts: one change at a time
  return null;
}

export function compareScopes(test: readonly TScopeRecord[], prod: readonly TScopeRecord[]): TScopeComparison[] {
  return pairByKey(test, prod, (scope) => scope.subscope).map(([, inTest, inProd]) => {
    const name = (inTest ?? inProd)!.name;
    const differences = inTest && inProd ? differingFields(comparable(inTest), comparable(inProd), SCOPE_FIELDS) : [];
    const status: TComparisonStatus = !inProd
      ? "missingInProd"
      : !inTest
        ? "onlyInProd"
        : differences.length > 0
          ? "differs"
          : "equal";
    return {
      key: scopeKey(name),
      name,
      status,
      blocker: scopeBlocker(status, inTest, inProd),
      needs: [],
      test: inTest,
      prod: inProd,
      differences,
    };
  });
}
