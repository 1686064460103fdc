"use client";

import { useTranslations } from "next-intl";
import { CONTROL_CLASS } from "@/components/forms/field";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { bindLimitedField, lengthNoteProps } from "@/components/forms/length-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import type { TCreateAccessListInput } from "@/lib/access-lists/schemas";
import { ACCESS_LIST_LIMITS as LIMITS } from "@/lib/access-lists/access-list-limits";
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
  const { form, isSubmitting, error, success, submitAndReset } = useActionForm(
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
        {...lengthNoteProps("list-identifier", form.control, "identifier", LIMITS.identifier)}
        inputProps={{ autoComplete: "off", spellCheck: false, className: `w-full font-mono ${CONTROL_CLASS}` }}
      />
      <TextField id="list-name" label={t("name")} {...bindLimitedField(form, "name", LIMITS.name, "list-name")} />
      <TextField
        id="list-description"
        label={t("description")}
        {...bindLimitedField(form, "description", LIMITS.description, "list-description")}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
