import type { TComparisonView } from "@/lib/promotion/comparison-view";
import { AccessListSection, ConnectionSection, ResourceSection, ScopeSection } from "./comparison-sections";
import { PromotionSelection } from "./promotion-selection";

/**
 * The organisation's test and production side by side: the tables are server HTML (issue 17: first-visit
 * JavaScript), each promotable row with a checkbox of the selection PromotionSelection keeps and promotes.
 */
export function EnvironmentsComparison(props: { orgNumber: string; comparison: TComparisonView; canPromote: boolean }) {
  const { comparison, canPromote } = props;
  return (
    <PromotionSelection orgNumber={props.orgNumber} comparison={comparison} canPromote={canPromote}>
      <ScopeSection objects={comparison.scopes} canPromote={canPromote} />
      <AccessListSection objects={comparison.accessLists} canPromote={canPromote} />
      <ConnectionSection objects={comparison.connections} canPromote={canPromote} />
      <ResourceSection objects={comparison.resources} canPromote={canPromote} />
    </PromotionSelection>
  );
}
