"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeApiTokenAction } from "@/lib/api-tokens/api-token-actions";

/** A trigger in a table row: small, and kept enabled so that closing the dialog can return focus to it. */
const ROW_TRIGGER = { triggerSize: "xs", keepTriggerEnabled: true } as const;

/** Revoke one token, after asking in a dialog; the outcome shows under the button. */
export function RevokeApiToken(props: { orgNumber: string; token: { id: string; name: string } }) {
  const t = useTranslations("definitions.tokens");
  const { pending, error, success, submit } = useActionSubmit();
  const { token } = props;
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger={t("revoke")}
        triggerAriaLabel={t("revokeNamed", { name: token.name })}
        {...ROW_TRIGGER}
        pending={pending}
        pendingLabel={t("revoking")}
        title={t("revokeTitle", { name: token.name })}
        description={<p>{t("revokeDescription")}</p>}
        cancelLabel={t("cancel")}
        confirmLabel={t("revoke")}
        onConfirm={() =>
          submit(revokeApiTokenAction, { orgNumber: props.orgNumber, tokenId: token.id }, () => t("revoked"))
        }
      />
      <FormStatus compact error={error} success={success} />
    </div>
  );
}
