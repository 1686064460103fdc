"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import type { TListEnvironment } from "@/lib/access-lists/access-list-target";
import { ZCreateAccessList, type TCreateAccessListInput } from "@/lib/access-lists/schemas";
import { createAccessListAction } from "@/lib/actions/access-list-actions";

export function CreateAccessListForm(props: { orgNumber: string; environment: TListEnvironment; orgCode: string }) {
  const t = useTranslations("accessLists.create");
  const tEnv = useTranslations("accessLists.environments");
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const empty: TCreateAccessListInput = { orgNumber: props.orgNumber, environment: props.environment, identifier: "", name: "", description: "" };
  const form = useForm<TCreateAccessListInput, unknown, z.output<typeof ZCreateAccessList>>({
    resolver: zodResolver(ZCreateAccessList),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    await submit(createAccessListAction, values, () => {
      setSuccess(t("created", { identifier: values.identifier }));
      form.reset(empty);
      router.refresh();
    });
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
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
