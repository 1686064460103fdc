"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { InputField } from "@/components/forms/input-field";
import type { TDefinitionForm } from "./definition-form-types";
import { DEFINITION_LIMITS } from "@/lib/consent-resources/definition-values";
import { FieldMessages, inputClass } from "./field-messages";
import { LengthNote } from "./length-note";

/** The registry identifier: free until the first publication, fixed after (the registry cannot rename). */
export function IdentifierField({ suggestion, locked }: { suggestion: string; locked: boolean }) {
  const t = useTranslations("consentResources.editor");
  const { register, formState } = useFormContext<TDefinitionForm>();
  const error = formState.errors.identifier;
  return (
    <InputField
      id="identifier"
      label={t("identifier")}
      hint={
        locked
          ? t("identifierLocked")
          : `${t("identifierHint", { suggestion: `${suggestion}inntekt` })} ${t("identifierLockNote")}`
      }
      invalid={Boolean(error)}
      describedBy="identifier-length"
      after={<LengthNote id="identifier-length" name="identifier" max={DEFINITION_LIMITS.identifier} />}
      messages={<FieldMessages id="identifier-error" error={error} />}
      readOnly={locked}
      placeholder={suggestion}
      autoComplete="off"
      controlClassName={`${inputClass} font-mono read-only:bg-slate-100`}
      {...register("identifier")}
    />
  );
}
