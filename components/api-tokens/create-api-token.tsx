"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";

// The form (react-hook-form, zod and the form primitives) loads when opened: the page's first purpose is the list of
// tokens (issue 17: first-visit JavaScript).
const createTokenForm = loadOnDemand(() => import("./create-api-token-form").then((m) => m.CreateApiTokenForm));

/** "Create a token" under the list, opening the form in place. */
export function CreateApiToken(props: { orgNumber: string }) {
  const t = useTranslations("definitions.tokens");
  return (
    <OpenOnDemand label={t("createTitle")} loadingLabel={t("createLoading")} preload={createTokenForm.preload}>
      <createTokenForm.Component {...props} />
    </OpenOnDemand>
  );
}
