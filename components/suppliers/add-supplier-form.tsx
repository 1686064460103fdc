"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { addSupplierAction } from "@/lib/suppliers/supplier-actions";

/** The consumer names a supplier by organisation number; the portal delegates the consent API to it in Altinn. */
export function AddSupplierForm({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("suppliers.add");
  const { form, isSubmitting, error, success, submitAndReset } = useActionForm(
    () => import("@/lib/suppliers/schemas").then((m) => m.ZSupplierChange),
    {
      orgNumber,
      supplierOrgNumber: "",
    },
  );
  const onSubmit = submitAndReset(addSupplierAction, (_values, data) => t("added", { name: data.supplier.name }));
  return (
    <FormCard title={t("title")} onSubmit={onSubmit} className="max-w-xl space-y-4">
      <TextField
        {...bindField(form, "supplierOrgNumber")}
        id="supplierOrgNumber"
        inputProps={{ autoComplete: "off", inputMode: "numeric", className: "font-mono" }}
        label={t("orgNumber")}
        hint={t("orgNumberHint")}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
