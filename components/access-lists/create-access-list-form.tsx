"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import type { TListEnvironment } from "@/lib/access-lists/access-list-target";
import { ZCreateAccessList, type TCreateAccessListInput } from "@/lib/access-lists/schemas";
import { createAccessListAction } from "@/lib/actions/access-list-actions";
import type { TActionError } from "@/lib/errors/action-result";

export function CreateAccessListForm(props: { orgNumber: string; environment: TListEnvironment; orgCode: string }) {
  const t = useTranslations("accessLists.create");
  const tEnv = useTranslations("accessLists.environments");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const empty: TCreateAccessListInput = { orgNumber: props.orgNumber, environment: props.environment, identifier: "", name: "", description: "" };
  const form = useForm<TCreateAccessListInput, unknown, z.output<typeof ZCreateAccessList>>({
    resolver: zodResolver(ZCreateAccessList),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    const result = await createAccessListAction(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(result.error, form.setError);
      return;
    }
    setError(null);
    setSuccess(t("created", { identifier: values.identifier }));
    form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-list-heading" className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="create-list-heading" className="text-lg font-semibold">
        {t("title", { environment: tEnv(props.environment) })}
      </h2>
      <TextField
        id="list-identifier"
        label={t("identifier")}
        hint={t("identifierHint", { orgCode: props.orgCode })}
        error={errors.identifier?.message}
        registration={form.register("identifier")}
        inputProps={{ autoComplete: "off", spellCheck: false, className: "mt-1 w-full rounded border border-slate-400 px-3 py-2 font-mono aria-invalid:border-red-600" }}
      />
      <TextField id="list-name" label={t("name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField id="list-description" label={t("description")} error={errors.description?.message} registration={form.register("description")} />
      <FormStatus error={error} success={success} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
