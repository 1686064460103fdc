"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CONTROL_CLASS } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ZCreateAccessList, type TCreateAccessListInput } from "@/lib/access-lists/schemas";
import { createAccessListAction } from "@/lib/access-lists/access-list-actions";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

export function CreateAccessListForm(props: { orgNumber: string; environment: TUpstreamEnvironment; orgCode: string }) {
  const t = useTranslations("accessLists.create");
  const tEnv = useTranslations("accessLists.environments");
  const empty: TCreateAccessListInput = {
    orgNumber: props.orgNumber,
    environment: props.environment,
    identifier: "",
    name: "",
    description: "",
  };
  const form = useForm<TCreateAccessListInput, unknown, z.output<typeof ZCreateAccessList>>({
    resolver: zodResolver(ZCreateAccessList),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    submit(createAccessListAction, values, () => {
      form.reset(empty);
      return t("created", { identifier: values.identifier });
    }),
  );

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="create-list-heading" className="max-w-2xl space-y-4">
      <h2 id="create-list-heading" className="text-lg font-semibold">
        {t("title", { environment: tEnv(props.environment) })}
      </h2>
      <TextField
        id="list-identifier"
        label={t("identifier")}
        hint={t("identifierHint", { orgCode: props.orgCode })}
        error={errors.identifier?.message}
        registration={form.register("identifier")}
        inputProps={{ autoComplete: "off", spellCheck: false, className: `w-full font-mono ${CONTROL_CLASS}` }}
      />
      <TextField id="list-name" label={t("name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField
        id="list-description"
        label={t("description")}
        error={errors.description?.message}
        registration={form.register("description")}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
