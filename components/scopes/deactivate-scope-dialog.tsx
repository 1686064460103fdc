"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deactivateScopeAction } from "@/lib/scopes/scope-actions";

/** Deactivating is final in Maskinporten (no delete, no reuse of the name), so it asks first and says so. */
export function DeactivateScopeDialog(props: { orgNumber: string; scopeId: string; scopeName: string }) {
  const t = useTranslations("scopes.deactivate");
  const { error, pending, submit } = useActionSubmit();

  return (
    <Card tone="danger" aria-labelledby="deactivate-scope-heading" className="max-w-2xl space-y-3">
      <h2 id="deactivate-scope-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("text", { name: props.scopeName })}</p>
      <FormStatus error={error} />
      <ConfirmDialog
        trigger={t("button")}
        pending={pending}
        title={t("confirmTitle", { name: props.scopeName })}
        description={t("confirmText")}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={() => submit(deactivateScopeAction, { orgNumber: props.orgNumber, scopeId: props.scopeId })}
      />
    </Card>
  );
}
