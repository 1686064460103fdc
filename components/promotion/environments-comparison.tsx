"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import type { TComparisonView } from "@/lib/promotion/comparison-view";
import { promoteToProductionAction } from "@/lib/promotion/promotion-actions";
import { AccessListSection, ConnectionSection, ResourceSection, ScopeSection } from "./comparison-sections";

/**
 * The organisation's test and production side by side, with a checkbox per object production can take from test
 * and one button that promotes the selection. A refusal names its objects (the action's field errors, keyed by
 * object); the page is read again then (a conflict), so each shows why beside it.
 */
export function EnvironmentsComparison(props: { orgNumber: string; comparison: TComparisonView; canPromote: boolean }) {
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
  const rows = { selected, canPromote: props.canPromote, onToggle: toggle, refused };
  const promote = () =>
    submit(promoteToProductionAction, { orgNumber: props.orgNumber, objects: [...selected] }, (data) => {
      setSelected(new Set());
      return t("promoted", { count: data.promoted.length });
    });
  const controls = props.canPromote && (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant="primary"
        size="md"
        disabled={selected.size === 0}
        pending={pending}
        pendingLabel={t("promoting")}
        onClick={promote}
      >
        {t("promote")}
      </Button>
      <span className="text-sm text-slate-700" aria-live="polite">
        {t("selected", { count: selected.size })}
      </span>
    </div>
  );
  return (
    <div className="space-y-6">
      <ScopeSection objects={props.comparison.scopes} {...rows} />
      <AccessListSection objects={props.comparison.accessLists} {...rows} />
      <ConnectionSection objects={props.comparison.connections} {...rows} />
      <ResourceSection objects={props.comparison.resources} {...rows} />
      {controls}
      <FormStatus error={error} success={success} />
    </div>
  );
}
