"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { deleteClientAction } from "@/lib/clients/client-actions";

/** Delete the client in Maskinporten, after saying in place what that stops; a refusal shows below. */
export function DeleteClient(props: { orgNumber: string; clientId: string; name: string }) {
  const t = useTranslations("clients.card");
  const { error, pending, submit } = useActionSubmit();
  const [confirming, setConfirming] = useState(false);
  const { orgNumber, clientId, name } = props;
  return (
    <>
      {confirming ? (
        <div
          role="group"
          aria-labelledby={`confirm-${clientId}`}
          className="space-y-2 rounded border border-red-300 bg-red-50 p-3"
        >
          <p id={`confirm-${clientId}`}>{t("confirmDelete", { name })}</p>
          <div className="flex gap-2">
            <Button
              variant="dangerSolid"
              pending={pending}
              onClick={() => void submit(deleteClientAction, { orgNumber, clientId })}
            >
              {t("confirm")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)} aria-label={t("deleteLabel", { name })}>
          {t("delete")}
        </Button>
      )}
      <FormStatus error={error} compact />
    </>
  );
}
