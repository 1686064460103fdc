"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useMemo, useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { parseOrgNumberCsv } from "@/lib/access-lists/parse-org-number-csv";
import { importAccessListMembersAction } from "@/lib/actions/access-list-actions";

const MAX_FILE_BYTES = 900_000; // under the server actions body limit (1 MB)

/**
 * Many organisation numbers at once, pasted or from a file. All or nothing: while any line is invalid nothing is
 * sent, and every bad line is listed by its number, so the user never has to guess what was applied.
 */
export function ImportMembersForm(props: { orgNumber: string; accessListId: string }) {
  const t = useTranslations("accessLists.import");
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; messages: string[] } | null>(null);
  const parsed = useMemo(() => parseOrgNumberCsv(csv), [csv]);
  const invalid = parsed.errors.filter((error) => error.reason !== "duplicate");
  const showErrors = submitted && invalid.length > 0;

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setOutcome({ ok: false, messages: [t("fileTooLarge")] });
    setCsv(await file.text());
    setOutcome(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setOutcome(null);
    if (invalid.length > 0 || parsed.orgNumbers.length === 0) return;
    setPending(true);
    const result = await importAccessListMembersAction({ orgNumber: props.orgNumber, accessListId: props.accessListId, csv });
    setPending(false);
    if (!result.ok) {
      return setOutcome({ ok: false, messages: [result.error.message, ...(result.error.fieldErrors?.csv ?? [])] });
    }
    setOutcome({ ok: true, messages: [t("imported", { added: result.data.added.length, already: result.data.alreadyMembers })] });
    setCsv("");
    setSubmitted(false);
    router.refresh();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="import-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h3 id="import-heading" className="font-semibold">
        {t("title")}
      </h3>
      <p id="import-rule" className="text-sm text-slate-700">{t("rule")}</p>
      <div>
        <label htmlFor="import-csv" className="block text-sm font-medium">{t("csv")}</label>
        <textarea
          id="import-csv"
          rows={6}
          value={csv}
          onChange={(event) => { setCsv(event.target.value); setOutcome(null); }}
          aria-invalid={showErrors ? true : undefined}
          aria-describedby="import-rule import-errors"
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2 font-mono aria-invalid:border-red-600"
        />
      </div>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">{t("file")}</label>
        <input id="import-file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(event) => readFile(event.target.files?.[0])} className="mt-1 text-sm" />
      </div>
      {csv.trim() !== "" && (
        <p className="text-sm text-slate-700" aria-live="polite">{t("check", { valid: parsed.orgNumbers.length, invalid: invalid.length })}</p>
      )}
      <div id="import-errors" aria-live="polite">
        {showErrors && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="import-errors">
            <p className="font-medium">{t("errorsTitle")}</p>
            <ul className="list-disc pl-5">
              {invalid.map((error) => (
                <li key={error.line}>{t("lineError", { line: error.line, value: error.value, reason: t(`reasons.${error.reason}`) })}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {outcome && (
        <div role={outcome.ok ? "status" : "alert"} className={`rounded border p-3 text-sm ${outcome.ok ? "border-green-300 bg-green-50 text-green-800" : "border-red-300 bg-red-50 text-red-800"}`}>
          {outcome.messages.map((message) => <p key={message}>{message}</p>)}
        </div>
      )}
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
