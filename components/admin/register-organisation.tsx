"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";

// The form (react-hook-form and the form primitives) loads when opened: the page's first purpose is the list of
// organisations (issue 17: first-visit JavaScript).
const registerForm = loadOnDemand(() => import("./register-organisation-form").then((m) => m.RegisterOrganisationForm));

/** "Register an organisation" under the list, opening the form in place. */
export function RegisterOrganisation() {
  const t = useTranslations("admin.register");
  return (
    <OpenOnDemand label={t("title")} loadingLabel={t("loading")} preload={registerForm.preload}>
      <registerForm.Component />
    </OpenOnDemand>
  );
}
