import type { TEnvironmentsComparison } from "./get-environments-comparison";
import type { TPublicationRecord } from "./compare-resources";

// What the page hands to the browser: the comparison without the definitions themselves (their differing fields and
// policy rules are already in it).

const withoutDefinition = (side: TPublicationRecord | null) => {
  if (!side) return null;
  const { definition, ...rest } = side;
  return { ...rest, accessListMode: definition.accessListMode };
};

export function comparisonView(comparison: TEnvironmentsComparison) {
  return {
    ...comparison,
    resources: comparison.resources.map((resource) => ({
      ...resource,
      test: withoutDefinition(resource.test),
      prod: withoutDefinition(resource.prod),
    })),
  };
}

export type TComparisonView = ReturnType<typeof comparisonView>;

/** Whether any object's latest upstream change is still on its way (the page polls until none is). */
export function hasPendingChanges(comparison: TEnvironmentsComparison): boolean {
  const sides = [
    ...comparison.scopes.flatMap((scope) => [scope.test, scope.prod]),
    ...comparison.accessLists.flatMap((list) => [list.test, list.prod]),
    ...comparison.resources.flatMap((resource) => [resource.test, resource.prod]),
  ];
  return sides.some((side) => side?.sync?.status === "PENDING");
}
