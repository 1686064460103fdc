"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { createScopeAction } from "@/lib/actions/scope-actions";
import type { TActionError } from "@/lib/errors/action-result";
import { DEFAULT_SCOPE_FIELDS, ZCreateScope, type TCreateScopeInput, type TScopeEnvironment } from "@/lib/scopes/schemas";
import { ScopeFields } from "./scope-fields";

type TProps = { orgNumber: string; environment: TScopeEnvironment; prefix: string };

/** Creates a scope `{prefix}:{subscope}`: the prefix is the organisation's and shown fixed, never typed. */
export function CreateScopeForm({ orgNumber, environment, prefix }: TProps) {
  const t = useTranslations("scopes.create");
  const tFields = useTranslations("scopes.fields");
  const tEnv = useTranslations("scopes.environments");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const empty: TCreateScopeInput = { orgNumber, environment, subscope: "", ...DEFAULT_SCOPE_FIELDS };
  const form = useForm<TCreateScopeInput, unknown, z.output<typeof ZCreateScope>>({
    resolver: zodResolver(ZCreateScope),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const subscope = useWatch({ control: form.control, name: "subscope" });

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    const result = await createScopeAction(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, form.setError);
      return;
    }
    setError(null);
    setSuccess(t("created", { name: result.data.name }));
    form.reset(empty);
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="create-scope-heading"
      className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="create-scope-heading" className="text-lg font-semibold">
        {t("title", { environment: tEnv(environment) })}
      </h2>
      <div>
        <label htmlFor="scope-subscope" className="block text-sm font-medium">
          {tFields("subscope")}
        </label>
        <div className="mt-1 flex items-stretch">
          <span className="rounded-l border border-r-0 border-slate-400 bg-slate-100 px-3 py-2 font-mono" aria-hidden>
            {prefix}:
          </span>
          <input
            id="scope-subscope"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.subscope ? true : undefined}
            aria-describedby="scope-subscope-hint scope-subscope-error"
            className="w-full rounded-r border border-slate-400 px-3 py-2 font-mono aria-invalid:border-red-600"
            {...form.register("subscope")}
          />
        </div>
        <p id="scope-subscope-hint" className="mt-1 text-sm text-slate-600">
          {tFields("subscopeHint", { prefix })}{" "}
          <span data-testid="scope-name-preview">{t("namePreview", { name: `${prefix}:${subscope.trim() || "…"}` })}</span>
        </p>
        <FieldError id="scope-subscope-error" message={errors.subscope?.message} />
      </div>
      <ScopeFields idPrefix="create-scope" register={form.register} errors={errors} />
      <FormStatus error={error} success={success} />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
