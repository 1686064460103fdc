"use client";

import { useTranslations } from "next-intl";
import type { TBlocker, TCompared } from "@/lib/promotion/promotion-keys";
import { isPromotable } from "@/lib/promotion/promotion-keys";
import { usePromotionSelection } from "./promotion-selection-context";

/** Why the object cannot be promoted as selected now: its own blocker, or a need the selection does not meet. */
export function reasonOf(object: TCompared, selected: ReadonlySet<string>): TBlocker | null {
  if (!isPromotable(object)) return null;
  if (object.blocker) return object.blocker;
  return object.needs.find((need) => !need.anyOf.some((key) => selected.has(key)))?.blocker ?? null;
}

/** A promotable row's checkbox, named for its object. */
export function PromotionCheckbox(props: { objectKey: string; name: string }) {
  const t = useTranslations("environments");
  const { selected, toggle } = usePromotionSelection();
  return (
    <input
      type="checkbox"
      className="h-4 w-4"
      aria-label={t("selectObject", { name: props.name })}
      checked={selected.has(props.objectKey)}
      onChange={(event) => toggle(props.objectKey, event.target.checked)}
    />
  );
}

/** Under a row's differences: why it is held back with the current selection, and whether the last promotion refused it. */
export function PromotionRowNotes(props: { object: TCompared }) {
  const t = useTranslations("environments");
  const { selected, refused } = usePromotionSelection();
  const reason = reasonOf(props.object, selected);
  return (
    <>
      {reason && (
        <p className="text-sm text-slate-700" data-testid="promotion-reason" data-reason={reason}>
          {t(`blockers.${reason}`)}
        </p>
      )}
      {refused.has(props.object.key) && (
        <p className="text-sm font-medium text-red-800" data-testid="promotion-refused">
          {t("refused")}
        </p>
      )}
    </>
  );
}
