"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { createScopeAction } from "@/lib/actions/scope-actions";
import { DEFAULT_SCOPE_FIELDS, ZCreateScope, type TCreateScopeInput, type TScopeEnvironment } from "@/lib/scopes/schemas";
import { ScopeFields } from "./scope-fields";

type TProps = { orgNumber: string; environment: TScopeEnvironment; prefix: string };

/** Creates a scope `{prefix}:{subscope}`: the prefix is the organisation's and shown fixed, never typed. */
export function CreateScopeForm({ orgNumber, environment, prefix }: TProps) {
  const t = useTranslations("scopes.create");
  const tFields = useTranslations("scopes.fields");
  const tEnv = useTranslations("scopes.environments");
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const empty: TCreateScopeInput = { orgNumber, environment, subscope: "", ...DEFAULT_SCOPE_FIELDS };
  const form = useForm<TCreateScopeInput, unknown, z.output<typeof ZCreateScope>>({
    resolver: zodResolver(ZCreateScope),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);
  const subscope = useWatch({ control: form.control, name: "subscope" });

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    await submit(createScopeAction, values, (data) => {
      setSuccess(t("created", { name: data.name }));
      form.reset(empty);
      router.refresh();
    });
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
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
