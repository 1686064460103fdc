"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, Suspense, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { loadOnDemand } from "@/components/ui/open-on-demand";
import { TableShell } from "@/components/ui/table-shell";
import { adoptSelectedAction } from "@/lib/adoption/adoption-actions";
import type { TAdoptableKind } from "@/lib/adoption/adoptable";
import type { TAdoptionOutcome } from "@/lib/adoption/schemas";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// What an adoption did is shown only after one (with the resource problems' texts): its code loads when "Adopt
// selected" is pressed, not with the page (issue 17: first-visit JavaScript within 130 kB).
const adoptionOutcome = loadOnDemand(() => import("./adoption-outcome").then((m) => m.AdoptionOutcome));

export type TAdoptRow = { key: string; cells: ReactNode[] };

/**
 * One kind's upstream objects with a checkbox each (named for its object) and "Adopt selected"; in production the
 * adoption is confirmed first. What was adopted, and what was not, stays shown after the page has re-rendered
 * without the adopted rows.
 */
export function AdoptTable(props: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  kind: TAdoptableKind;
  caption: string;
  columns: string[];
  rows: TAdoptRow[];
  /** Shown instead of the table when there is nothing (left) to adopt; the last outcome stays beside it. */
  emptyText: string;
  canAdopt: boolean;
}) {
  const t = useTranslations("adoption");
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<TAdoptionOutcome | null>(null);
  const { error, pending, submit } = useActionSubmit();
  const keys = new Set(props.rows.map((row) => row.key));
  const chosen = selected.filter((key) => keys.has(key));

  const adopt = () => {
    void adoptionOutcome.preload();
    return submit(
      adoptSelectedAction,
      { orgNumber: props.orgNumber, environment: props.environment, kind: props.kind, keys: chosen },
      (data) => {
        setOutcome(data);
        setSelected([]);
      },
    );
  };
  const toggle = (key: string, on: boolean) =>
    setSelected((current) => (on ? [...current, key] : current.filter((k) => k !== key)));

  const button =
    props.environment === "prod" ? (
      <ConfirmDialog
        trigger={t("adoptSelected")}
        tone="primary"
        triggerDisabled={chosen.length === 0}
        pending={pending}
        pendingLabel={t("adopting")}
        title={t("confirmTitle", { count: chosen.length })}
        description={t("confirmDescription")}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={adopt}
      />
    ) : (
      <Button
        variant="primary"
        disabled={chosen.length === 0}
        pending={pending}
        pendingLabel={t("adopting")}
        onClick={adopt}
      >
        {t("adoptSelected")}
      </Button>
    );

  return (
    <div className="space-y-3">
      <TableShell
        caption={props.caption}
        columns={props.canAdopt ? [t("select"), ...props.columns] : props.columns}
        empty={{ text: props.emptyText, rowCount: props.rows.length }}
      >
        {props.rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-200 align-top">
            {props.canAdopt && (
              <td className="px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t("selectItem", { name: row.key })}
                  checked={chosen.includes(row.key)}
                  onChange={(event) => toggle(row.key, event.target.checked)}
                />
              </td>
            )}
            {row.cells.map((cell, index) => (
              <td key={index} className="px-3 py-2">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </TableShell>
      {props.canAdopt && props.rows.length > 0 && button}
      <FormStatus error={error} />
      {outcome && (
        <Suspense fallback={null}>
          <adoptionOutcome.Component orgNumber={props.orgNumber} kind={props.kind} outcome={outcome} />
        </Suspense>
      )}
    </div>
  );
}
