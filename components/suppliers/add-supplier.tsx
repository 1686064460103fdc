"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";

// The form (react-hook-form, and zod at its first check) loads when an administrator opens it: most visits read the
// lists (issue 17: first-visit JavaScript within 130 kB).
const addSupplierForm = loadOnDemand(() => import("./add-supplier-form").then((m) => m.AddSupplierForm));

/** "Name a supplier": opens the form in place. */
export function AddSupplier({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("suppliers.add");
  return (
    <OpenOnDemand label={t("title")} loadingLabel={t("loading")} preload={addSupplierForm.preload}>
      <addSupplierForm.Component orgNumber={orgNumber} />
    </OpenOnDemand>
  );
}
