"use client";

import { useTranslations } from "next-intl";

/**
 * "n of at most max characters", red over the limit: LengthNote's text, apart from react-hook-form, for a field whose
 * form has not loaded its form library yet (the documentation editor before its first use).
 */
export function LengthCount(props: { id: string; count: number; max: number }) {
  const t = useTranslations("errors");
  return (
    <p
      id={props.id}
      data-testid={props.id}
      className={`mt-1 text-xs ${props.count > props.max ? "font-medium text-red-700" : "text-slate-600"}`}
    >
      {t("lengthNote", { count: props.count, max: props.max })}
    </p>
  );
}
