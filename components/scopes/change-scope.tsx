"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { TScope } from "@/lib/scopes/scope-dto";

// The edit form (react-hook-form and the form primitives) loads when opened (issue 17: first-visit JavaScript).
const editScopeForm = loadOnDemand(() => import("./edit-scope-form").then((m) => m.EditScopeForm));

/**
 * "Change the scope" under its summary, opening the edit form in place: the page first says what the scope is and
 * whether Maskinporten has it; changing it is one click further.
 */
export function ChangeScope(props: { orgNumber: string; scope: TScope }) {
  const t = useTranslations("scopes.edit");
  return (
    <OpenOnDemand label={t("open")} loadingLabel={t("loading")} preload={editScopeForm.preload}>
      <editScopeForm.Component {...props} />
    </OpenOnDemand>
  );
}
