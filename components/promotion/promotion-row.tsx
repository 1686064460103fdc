"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TBlocker, TCompared } from "@/lib/promotion/promotion-keys";
import { isPromotable } from "@/lib/promotion/promotion-keys";

const STATUS_CLASS = {
  equal: "text-green-800",
  missingInProd: "text-amber-800",
  differs: "text-amber-800",
  onlyInProd: "text-slate-700",
} as const;

/** Why the object cannot be promoted as selected now: its own blocker, or a need the selection does not meet. */
export function reasonOf(object: TCompared, selected: ReadonlySet<string>): TBlocker | null {
  if (!isPromotable(object)) return null;
  if (object.blocker) return object.blocker;
  return object.needs.find((need) => !need.anyOf.some((key) => selected.has(key)))?.blocker ?? null;
}

/** One compared object: a checkbox when it can be promoted, how it compares, both sides, and why it is held back. */
export function PromotionRow(props: {
  object: TCompared;
  name: string;
  test: ReactNode;
  prod: ReactNode;
  differences?: ReactNode;
  selected: ReadonlySet<string>;
  canPromote: boolean;
  refused: boolean;
  onToggle: (key: string, on: boolean) => void;
}) {
  const t = useTranslations("environments");
  const { object } = props;
  const reason = reasonOf(object, props.selected);
  const selectable = props.canPromote && isPromotable(object) && !object.blocker;
  return (
    <tr
      className="border-t border-slate-200 align-top"
      data-testid="promotion-row"
      data-key={object.key}
      data-status={object.status}
    >
      <td className="px-3 py-2">
        {selectable && (
          <input
            type="checkbox"
            className="h-4 w-4"
            aria-label={t("selectObject", { name: props.name })}
            checked={props.selected.has(object.key)}
            onChange={(event) => props.onToggle(object.key, event.target.checked)}
          />
        )}
      </td>
      <th scope="row" className="px-3 py-2 font-medium break-all">
        {props.name}
      </th>
      <td className={`px-3 py-2 ${STATUS_CLASS[object.status]}`} data-testid="promotion-status">
        {t(`status.${object.status}`)}
      </td>
      <td className="px-3 py-2">{props.test}</td>
      <td className="px-3 py-2">{props.prod}</td>
      <td className="px-3 py-2">
        {props.differences}
        {reason && (
          <p className="text-sm text-slate-700" data-testid="promotion-reason" data-reason={reason}>
            {t(`blockers.${reason}`)}
          </p>
        )}
        {props.refused && (
          <p className="text-sm font-medium text-red-800" data-testid="promotion-refused">
            {t("refused")}
          </p>
        )}
      </td>
    </tr>
  );
}

/** The state of the latest upstream change of one side, when it is not (yet) done. */
export function SideSync(props: { sync: { status: string; lastError: string | null } | null }) {
  const t = useTranslations("environments.sync");
  if (props.sync?.status === "PENDING") return <p className="text-sm text-amber-800">{t("pending")}</p>;
  if (props.sync?.status === "FAILED")
    return <p className="text-sm text-red-800">{t("failed", { reason: props.sync.lastError || t("noReason") })}</p>;
  return null;
}

/** The fields that differ, one line each. */
export function FieldDifferences(props: { differences: { field: string; test: string; prod: string }[] }) {
  const t = useTranslations("environments");
  if (props.differences.length === 0) return null;
  const shown = (value: string) => (value === "" ? t("emptyValue") : value);
  return (
    <ul className="space-y-1 text-sm" data-testid="field-differences">
      {props.differences.map((difference) => (
        <li key={difference.field} className="break-words">
          {t("field", { field: difference.field, test: shown(difference.test), prod: shown(difference.prod) })}
        </li>
      ))}
    </ul>
  );
}
