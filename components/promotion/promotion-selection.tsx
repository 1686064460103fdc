"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TComparisonView } from "@/lib/promotion/comparison-view";
import { promoteToProductionAction } from "@/lib/promotion/promotion-actions";
import { PromotionSelectionContext } from "./promotion-selection-context";
import { PromotionSummary } from "./promotion-summary";

/**
 * The selection of objects production takes from test, around the comparison's tables (`children`, server HTML with
 * a checkbox per promotable row), and the one button that promotes it. A refusal names its objects (the action's
 * field errors, keyed by object); the page is read again then (a conflict), so each shows why beside it. The button
 * first lists what production gets and asks (issue 16.3); cancelling sends nothing.
 */
export function PromotionSelection(props: {
  orgNumber: string;
  comparison: TComparisonView;
  canPromote: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("environments");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { error, success, pending, submit } = useActionSubmit();
  const refused = new Set(Object.keys(error?.fieldErrors ?? {}));
  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const promote = () =>
    submit(promoteToProductionAction, { orgNumber: props.orgNumber, objects: [...selected] }, (data) => {
      setSelected(new Set());
      return t("promoted", { count: data.promoted.length });
    });
  return (
    <PromotionSelectionContext value={{ selected, refused, toggle }}>
      <div className="space-y-6">
        {props.children}
        {props.canPromote && (
          <div className="flex flex-wrap items-center gap-3">
            <ConfirmDialog
              tone="primary"
              triggerSize="md"
              trigger={t("promote")}
              triggerDisabled={selected.size === 0}
              pending={pending}
              pendingLabel={t("promoting")}
              title={t("confirm.title")}
              description={<PromotionSummary comparison={props.comparison} selected={selected} />}
              cancelLabel={t("confirm.cancel")}
              confirmLabel={t("confirm.confirm")}
              onConfirm={promote}
            />
            <span className="text-sm text-slate-700" aria-live="polite">
              {t("selected", { count: selected.size })}
            </span>
          </div>
        )}
        <FormStatus error={error} success={success} />
      </div>
    </PromotionSelectionContext>
  );
}
