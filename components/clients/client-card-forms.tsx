"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { TClientListItem } from "@/lib/clients/list-clients";

// A card's two forms load when opened (issue 17: first-visit JavaScript): the edit form brings react-hook-form and
// zod, the key form the key source (WebCrypto key pair, JWK and PEM parsing).
const addKeyForm = loadOnDemand(() => import("./add-key-form").then((m) => m.AddKeyForm));
const editClientForm = loadOnDemand(() => import("./edit-client-form").then((m) => m.EditClientForm));

/** "Add a key" on a client's card: key rotation's first step, opened in place. */
export function AddClientKey(props: { orgNumber: string; clientRowId: string; clientName: string }) {
  const t = useTranslations("clients.card");
  return (
    <OpenOnDemand label={t("addKey")} loadingLabel={t("loading")} preload={addKeyForm.preload}>
      <addKeyForm.Component {...props} />
    </OpenOnDemand>
  );
}

/** "Change name, description or scopes" on a client's card, opened in place. */
export function EditClient(props: { orgNumber: string; client: TClientListItem }) {
  const t = useTranslations("clients.card");
  return (
    <OpenOnDemand label={t("edit")} loadingLabel={t("loading")} preload={editClientForm.preload}>
      <editClientForm.Component {...props} />
    </OpenOnDemand>
  );
}
