import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TCompared } from "@/lib/promotion/promotion-keys";
import { isPromotable } from "@/lib/promotion/promotion-keys";
import { PromotionCheckbox, PromotionRowNotes } from "./promotion-row-controls";

const STATUS_CLASS = {
  equal: "text-green-800",
  missingInProd: "text-amber-800",
  differs: "text-amber-800",
  onlyInProd: "text-slate-700",
} as const;

/**
 * One compared object: a checkbox when it can be promoted, how it compares, both sides, and why it is held back.
 * Server HTML; the checkbox and the notes that follow the selection are client islands (promotion-row-controls.tsx).
 */
export function PromotionRow(props: {
  object: TCompared;
  name: string;
  test: ReactNode;
  prod: ReactNode;
  differences?: ReactNode;
  canPromote: boolean;
}) {
  const t = useTranslations("environments");
  const { object } = props;
  const selectable = props.canPromote && isPromotable(object) && !object.blocker;
  return (
    <tr
      className="border-t border-slate-200 align-top"
      data-testid="promotion-row"
      data-key={object.key}
      data-status={object.status}
    >
      <td className="px-3 py-2">{selectable && <PromotionCheckbox objectKey={object.key} name={props.name} />}</td>
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
        <PromotionRowNotes
          object={{ key: object.key, status: object.status, blocker: object.blocker, needs: object.needs }}
        />
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
