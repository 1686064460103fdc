"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch, type Path } from "react-hook-form";
import type { TDefinitionForm } from "./definition-form-types";

/**
 * A text's maximum, told before sending, and how much of it is used; over the limit it turns red at once (the
 * field's own message follows on leaving the field or saving), so an oversized paste is never sent.
 */
export function LengthNote({ id, name, max }: { id: string; name: Path<TDefinitionForm>; max: number }) {
  const t = useTranslations("consentResources.editor");
  const { control } = useFormContext<TDefinitionForm>();
  const value = useWatch({ control, name });
  const count = typeof value === "string" ? value.length : 0;
  return (
    <p
      id={id}
      data-testid={id}
      className={`mt-1 text-xs ${count > max ? "font-medium text-red-700" : "text-slate-600"}`}
    >
      {t("lengthNote", { count, max })}
    </p>
  );
}
