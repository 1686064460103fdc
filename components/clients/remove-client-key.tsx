"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { removeClientKeyAction } from "@/lib/clients/client-actions";

/** Rotation, step two: remove an old key (a client keeps at least one); a refusal shows under the button. */
export function RemoveClientKey(props: { orgNumber: string; clientId: string; kid: string }) {
  const t = useTranslations("clients.card");
  const { error, pending, submit } = useActionSubmit();
  return (
    <>
      <Button
        size="xs"
        pending={pending}
        aria-label={t("removeKeyLabel", { kid: props.kid })}
        onClick={() => void submit(removeClientKeyAction, props)}
      >
        {t("removeKey")}
      </Button>
      <FormStatus error={error} compact />
    </>
  );
}
