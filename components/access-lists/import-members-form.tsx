"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useMemo, useState } from "react";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { InputField } from "@/components/forms/input-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { parseOrgNumberCsv } from "@/lib/access-lists/parse-org-number-csv";
import { importAccessListMembersAction } from "@/lib/access-lists/access-list-actions";

const MAX_FILE_BYTES = 900_000; // under the server actions body limit (1 MB)

/**
 * Many organisation numbers at once, pasted or from a file. All or nothing: while any line is invalid nothing is
 * sent, and every bad line is listed by its number, so the user never has to guess what was applied.
 */
export function ImportMembersForm(props: { orgNumber: string; accessListId: string }) {
  const t = useTranslations("accessLists.import");
  const [csv, setCsv] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);
  const { error, success, pending, submit, reset } = useActionSubmit();
  const parsed = useMemo(() => parseOrgNumberCsv(csv), [csv]);
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    reset();
    if (invalid.length > 0 || parsed.orgNumbers.length === 0) return;
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

  return (
    <FormCard onSubmit={onSubmit} className="space-y-3" title={t("title")} headingId="import-heading" level={3}>
      <p id="import-rule" className="text-sm text-slate-700">
        {t("rule")}
      </p>
      <TextAreaField
        id="import-csv"
        label={t("csv")}
        rows={6}
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
      {csv.trim() !== "" && (
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
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
