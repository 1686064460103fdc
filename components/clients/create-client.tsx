"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import type { CreateClientForm } from "./create-client-form";

// The create form (react-hook-form, zod, the key source with its JWK and PEM parsing) loads when opened: the page's
// first purpose is the list of clients (issue 17: first-visit JavaScript).
const createClientForm = loadOnDemand(() => import("./create-client-form").then((m) => m.CreateClientForm));

/** "Create a client" under the list, opening the form in place. */
export function CreateClient(
  props: { orgNumber: string; environment: TUpstreamEnvironment } & Pick<
    Parameters<typeof CreateClientForm>[0],
    "scopes"
  >,
) {
  const t = useTranslations("clients.create");
  return (
    <OpenOnDemand label={t("title")} loadingLabel={t("loading")} preload={createClientForm.preload}>
      <createClientForm.Component {...props} />
    </OpenOnDemand>
  );
}
