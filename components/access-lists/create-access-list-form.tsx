"use client";

import { useTranslations } from "next-intl";
import { CONTROL_CLASS } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import type { TCreateAccessListInput } from "@/lib/access-lists/schemas";
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
  const { form, errors, isSubmitting, error, success, submitAndReset } = useActionForm(
    () => import("@/lib/access-lists/schemas").then((m) => m.ZCreateAccessList),
    empty,
  );

  const onSubmit = submitAndReset(createAccessListAction, (values) => t("created", { identifier: values.identifier }));

  return (
    <FormCard
      onSubmit={onSubmit}
      className="max-w-2xl space-y-4"
      title={t("title", { environment: tEnv(props.environment) })}
      headingId="create-list-heading"
    >
      <TextField
        id="list-identifier"
        label={t("identifier")}
        hint={t("identifierHint", { orgCode: props.orgCode })}
        {...bindField(form, "identifier")}
        inputProps={{ autoComplete: "off", spellCheck: false, className: `w-full font-mono ${CONTROL_CLASS}` }}
      />
      <TextField id="list-name" label={t("name")} error={errors.name?.message} registration={form.register("name")} />
      <TextField id="list-description" label={t("description")} {...bindField(form, "description")} />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
