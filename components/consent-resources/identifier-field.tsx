"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldMessages, inputClass } from "./field-messages";

/** The registry identifier: free until the first publication, fixed after (the registry cannot rename). */
export function IdentifierField({ suggestion, locked }: { suggestion: string; locked: boolean }) {
  const t = useTranslations("consentResources.editor");
  const { register, formState } = useFormContext<TDefinitionForm>();
  const error = formState.errors.identifier;
  return (
    <div>
      <label htmlFor="identifier" className="block text-sm font-medium">
        {t("identifier")}
      </label>
      <input
        id="identifier"
        readOnly={locked}
        placeholder={suggestion}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby="identifier-hint identifier-error"
        className={`${inputClass} font-mono read-only:bg-slate-100`}
        {...register("identifier")}
      />
      <p id="identifier-hint" className="mt-1 text-sm text-slate-600">
        {locked
          ? t("identifierLocked")
          : `${t("identifierHint", { suggestion: `${suggestion}inntekt` })} ${t("identifierLockNote")}`}
      </p>
      <FieldMessages id="identifier-error" error={error} />
    </div>
  );
}
