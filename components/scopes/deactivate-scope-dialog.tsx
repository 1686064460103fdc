"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deactivateScopeAction } from "@/lib/actions/scope-actions";
import type { TActionError } from "@/lib/errors/action-result";

/** Deactivating is final in Maskinporten (no delete, no reuse of the name), so it asks first and says so. */
export function DeactivateScopeDialog(props: { orgNumber: string; scopeId: string; scopeName: string }) {
  const t = useTranslations("scopes.deactivate");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);

  const deactivate = async () => {
    const result = await deactivateScopeAction({ orgNumber: props.orgNumber, scopeId: props.scopeId });
    setError(result.ok ? null : result.error);
    router.refresh();
  };

  return (
    <section aria-labelledby="deactivate-scope-heading" className="max-w-2xl space-y-3 rounded border border-red-200 bg-white p-4">
      <h2 id="deactivate-scope-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("text", { name: props.scopeName })}</p>
      <FormStatus error={error} />
      <ConfirmDialog
        trigger={t("button")}
        title={t("confirmTitle", { name: props.scopeName })}
        description={t("confirmText")}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={deactivate}
      />
    </section>
  );
}
