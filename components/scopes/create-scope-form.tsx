"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { controlAria, Field } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { lengthNoteProps } from "@/components/forms/length-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createScopeAction } from "@/lib/scopes/scope-actions";
import type { TCreateScopeInput } from "@/lib/scopes/schemas";
import { DEFAULT_SCOPE_FIELDS, SCOPE_TEXT_LIMITS } from "@/lib/scopes/scope-field-values";
import { ScopeFields } from "./scope-fields";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

type TProps = { orgNumber: string; environment: TUpstreamEnvironment; prefix: string };

/** Creates a scope `{prefix}:{subscope}`: the prefix is the organisation's and shown fixed, never typed. */
export function CreateScopeForm({ orgNumber, environment, prefix }: TProps) {
  const t = useTranslations("scopes.create");
  const tFields = useTranslations("scopes.fields");
  const tEnv = useTranslations("scopes.environments");
  const empty: TCreateScopeInput = { orgNumber, environment, subscope: "", ...DEFAULT_SCOPE_FIELDS };
  const { form, errors, isSubmitting, error, success, submitAndReset } = useActionForm(
    () => import("@/lib/scopes/schemas").then((m) => m.ZCreateScope),
    empty,
  );
  const subscope = useWatch({ control: form.control, name: "subscope" });

  const onSubmit = submitAndReset(createScopeAction, (values, data) => t("created", { name: data.name }));

  return (
    <FormCard
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4"
      title={t("title", { environment: tEnv(environment) })}
      headingId="create-scope-heading"
    >
      <Field
        id="scope-subscope"
        label={tFields("subscope")}
        error={errors.subscope?.message}
        {...lengthNoteProps("scope-subscope", form.control, "subscope", SCOPE_TEXT_LIMITS.subscope)}
        hint={
          <>
            {tFields("subscopeHint", { prefix })}{" "}
            <span data-testid="scope-name-preview">
              {t("namePreview", { name: `${prefix}:${subscope.trim() || "…"}` })}
            </span>
          </>
        }
      >
        <div className="mt-1 flex items-stretch">
          <span className="rounded-l border border-r-0 border-slate-400 bg-slate-100 px-3 py-2 font-mono" aria-hidden>
            {prefix}:
          </span>
          <input
            id="scope-subscope"
            autoComplete="off"
            spellCheck={false}
            {...controlAria("scope-subscope", {
              hint: true,
              error: errors.subscope?.message,
              describedBy: "scope-subscope-length",
            })}
            className="w-full rounded-r border border-slate-400 px-3 py-2 font-mono aria-invalid:border-red-600"
            {...form.register("subscope")}
          />
        </div>
      </Field>
      <ScopeFields idPrefix="create-scope" register={form.register} errors={errors} control={form.control} />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
