"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { copyAccessListToProdAction } from "@/lib/actions/access-list-actions";

/** Creates the same list in production, so test and production do not drift apart. */
export function CopyListToProd(props: { orgNumber: string; accessListId: string; inProd: boolean }) {
  const t = useTranslations("accessLists.copy");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const copy = () =>
    startTransition(async () => {
      const result = await copyAccessListToProdAction({ orgNumber: props.orgNumber, accessListId: props.accessListId });
      setOutcome(result.ok ? { ok: true, message: t("copied", { count: result.data.memberCount }) } : { ok: false, message: result.error.message });
      router.refresh();
    });

  return (
    <section aria-labelledby="copy-heading" className="max-w-3xl space-y-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="copy-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("text")}</p>
      {props.inProd && !outcome ? (
        <p className="text-sm text-slate-600">{t("inProd")}</p>
      ) : (
        !outcome?.ok && (
          <button type="button" disabled={pending} onClick={copy} className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100 disabled:opacity-50">
            {t("button")}
          </button>
        )
      )}
      <div aria-live="polite">
        {outcome && <p role={outcome.ok ? "status" : "alert"} className={`text-sm ${outcome.ok ? "text-green-800" : "text-red-700"}`}>{outcome.message}</p>}
      </div>
    </section>
  );
}
