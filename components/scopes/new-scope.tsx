"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// The create form (react-hook-form and the form primitives) loads when opened (issue 17: first-visit JavaScript).
const createScopeForm = loadOnDemand(() => import("./create-scope-form").then((m) => m.CreateScopeForm));

/**
 * "New scope" under the list, opening the create form in place. Closed even when there is no scope yet: the empty
 * list says "create the first one below" right above this button, so it is one expected click, and a service owner's
 * first visit stays within the JavaScript budget in every state of the page.
 */
export function NewScope(props: { orgNumber: string; environment: TUpstreamEnvironment; prefix: string }) {
  const t = useTranslations("scopes.create");
  return (
    <OpenOnDemand label={t("open")} loadingLabel={t("loading")} preload={createScopeForm.preload}>
      <createScopeForm.Component {...props} />
    </OpenOnDemand>
  );
}
