"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { copyScopeToProdAction } from "@/lib/scopes/scope-actions";

/** Creates the same scope in production, so test and production do not drift apart. */
export function CopyToProdButton(props: { orgNumber: string; scopeId: string; scopeName: string; inProd: boolean }) {
  const t = useTranslations("scopes.copy");
  const { error, success, pending, submit } = useActionSubmit();
  if (props.inProd && !error && !success) return <p className="text-xs text-slate-600">{t("inProd")}</p>;
  const copy = () =>
    void submit(copyScopeToProdAction, { orgNumber: props.orgNumber, scopeId: props.scopeId }, () =>
      t("copied", { name: props.scopeName }),
    );

  return (
    <div>
      {!success && (
        <ConfirmDialog
          tone="primary"
          triggerSize="xs"
          trigger={t("copy")}
          triggerAriaLabel={t("copyScope", { name: props.scopeName })}
          pending={pending}
          title={t("confirmTitle", { name: props.scopeName })}
          description={t("summary", { name: props.scopeName })}
          cancelLabel={t("cancel")}
          confirmLabel={t("confirm")}
          onConfirm={copy}
        />
      )}
      <FormStatus error={error} success={success} compact />
    </div>
  );
}
