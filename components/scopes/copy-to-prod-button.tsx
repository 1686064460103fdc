"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { copyScopeToProdAction } from "@/lib/actions/scope-actions";

/** Creates the same scope in production, so test and production do not drift apart. */
export function CopyToProdButton(props: { orgNumber: string; scopeId: string; scopeName: string; inProd: boolean }) {
  const t = useTranslations("scopes.copy");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  if (props.inProd && !outcome) return <p className="text-xs text-slate-600">{t("inProd")}</p>;

  const copy = () =>
    startTransition(async () => {
      const result = await copyScopeToProdAction({ orgNumber: props.orgNumber, scopeId: props.scopeId });
      setOutcome(result.ok ? { ok: true, message: t("copied", { name: props.scopeName }) } : { ok: false, message: result.error.message });
      router.refresh();
    });

  return (
    <div aria-live="polite">
      {!outcome?.ok && (
        <button
          type="button"
          disabled={pending}
          onClick={copy}
          aria-label={t("copyScope", { name: props.scopeName })}
          className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
        >
          {t("copy")}
        </button>
      )}
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={`text-xs ${outcome.ok ? "text-green-800" : "text-red-700"}`}>
          {outcome.message}
        </p>
      )}
    </div>
  );
}
