import type { TBlocker, TCompared } from "./promotion-keys";
import { isPromotable } from "./promotion-keys";

// Which of the selected objects cannot be promoted, and why: checked on the whole selection before anything is
// written, so a refused object refuses the batch (all or nothing) and each refusal is named beside its object.

export type TRefusal = { key: string; reason: TBlocker | "nothingToPromote" | "unknown" };

export function promotionRefusals(objects: readonly TCompared[], selected: readonly string[]): TRefusal[] {
  const byKey = new Map(objects.map((object) => [object.key, object]));
  const chosen = new Set(selected);
  const refusals: TRefusal[] = [];
  for (const key of chosen) {
    const object = byKey.get(key);
    if (!object) refusals.push({ key, reason: "unknown" });
    else if (!isPromotable(object)) refusals.push({ key, reason: "nothingToPromote" });
    else if (object.blocker) refusals.push({ key, reason: object.blocker });
    else {
      const unmet = object.needs.find((need) => !need.anyOf.some((needed) => chosen.has(needed)));
      if (unmet) refusals.push({ key, reason: unmet.blocker });
    }
  }
  return refusals;
}
