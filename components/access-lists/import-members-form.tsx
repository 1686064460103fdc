"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useMemo, useState } from "react";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { InputField } from "@/components/forms/input-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { parseOrgNumberCsv } from "@/lib/access-lists/parse-org-number-csv";
import { importAccessListMembersAction } from "@/lib/access-lists/access-list-actions";
import { ProductionSubmit } from "./production-submit";

const MAX_FILE_BYTES = 900_000; // under the server actions body limit (1 MB)
/** What may be pasted: the same bound, in characters (numbers and line breaks are one byte each). */
const MAX_PASTE_CHARS = MAX_FILE_BYTES;

/**
 * Many organisation numbers at once, pasted or from a file. All or nothing: while any line is invalid nothing is
 * sent, and every bad line is listed by its number, so the user never has to guess what was applied.
 */
export function ImportMembersForm(props: { orgNumber: string; accessListId: string; production: boolean }) {
  const t = useTranslations("accessLists.import");
  const tProduction = useTranslations("accessLists.production");
  const [csv, setCsv] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);
  const { error, success, pending, submit, reset } = useActionSubmit();
  // An oversized paste is told at once, beside the field, and never parsed or sent.
  const pastedTooMuch = csv.length > MAX_PASTE_CHARS;
  const parsed = useMemo(() => parseOrgNumberCsv(pastedTooMuch ? "" : csv), [csv, pastedTooMuch]);
  const invalid = parsed.errors.filter((error) => error.reason !== "duplicate");
  const showErrors = submitted && invalid.length > 0;
  // The server checks the lines again; what it refuses in them is said with its message.
  const refusal = error && { ...error, message: [error.message, ...(error.fieldErrors?.csv ?? [])].join(" ") };

  const change = (text: string) => {
    setCsv(text);
    setTooLarge(false);
    reset();
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setTooLarge(true);
    change(await file.text());
  };

  const send = async () => {
    setSubmitted(true);
    reset();
    if (pastedTooMuch || invalid.length > 0 || parsed.orgNumbers.length === 0) return;
    await submit(
      importAccessListMembersAction,
      { orgNumber: props.orgNumber, accessListId: props.accessListId, csv },
      (data) => {
        setCsv("");
        setSubmitted(false);
        return t("imported", { added: data.added.length, already: data.alreadyMembers });
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <FormCard onSubmit={onSubmit} className="space-y-3" title={t("title")} headingId="import-heading" level={3}>
      <p id="import-rule" className="text-sm text-slate-700">
        {t("rule")}
      </p>
      <TextAreaField
        id="import-csv"
        label={t("csv")}
        rows={6}
        hint={t("limit")}
        error={pastedTooMuch ? t("pasteTooLarge", { count: csv.length }) : undefined}
        invalid={showErrors}
        describedBy="import-rule import-errors"
        textareaClassName="font-mono"
        textareaProps={{ value: csv, onChange: (event) => change(event.target.value) }}
      />
      <InputField
        id="import-file"
        label={t("file")}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        onChange={(event) => readFile(event.target.files?.[0])}
        controlClassName="mt-1 text-sm"
      />
      {csv.trim() !== "" && !pastedTooMuch && (
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("check", { valid: parsed.orgNumbers.length, invalid: invalid.length })}
        </p>
      )}
      <div id="import-errors" aria-live="polite">
        {showErrors && (
          <div
            role="alert"
            className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
            data-testid="import-errors"
          >
            <p className="font-medium">{t("errorsTitle")}</p>
            <ul className="list-disc pl-5">
              {invalid.map((error) => (
                <li key={error.line}>
                  {t("lineError", { line: error.line, value: error.value, reason: t(`reasons.${error.reason}`) })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <FormStatus error={tooLarge ? { code: "VALIDATION", message: t("fileTooLarge") } : refusal} success={success} />
      <ProductionSubmit
        production={props.production}
        pending={pending}
        label={t("submit")}
        pendingLabel={t("submitting")}
        summary={tProduction("importSummary", { count: parsed.orgNumbers.length })}
        onConfirm={send}
      />
    </FormCard>
  );
}
