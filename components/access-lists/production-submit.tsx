"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { ProductionSubmit as FormProductionSubmit } from "@/components/forms/production-submit";

type TFormProps = ComponentProps<typeof FormProductionSubmit>;

/**
 * A member form's submit button. On a production list the change is what consumers in production get, so it is
 * summarised and confirmed first (`onConfirm` then sends the form); on a test list it submits at once.
 */
export function ProductionSubmit(props: Omit<TFormProps, "title" | "confirmLabel" | "cancelLabel" | "size">) {
  const t = useTranslations("accessLists.production");
  return (
    <FormProductionSubmit {...props} title={t("confirmTitle")} confirmLabel={t("confirm")} cancelLabel={t("cancel")} />
  );
}
