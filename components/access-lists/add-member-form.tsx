"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ZAddMember, type TAddMemberInput } from "@/lib/access-lists/schemas";
import { addAccessListMemberAction } from "@/lib/access-lists/access-list-actions";

export function AddMemberForm(props: { orgNumber: string; accessListId: string }) {
  const t = useTranslations("accessLists.add");
  const empty: TAddMemberInput = { orgNumber: props.orgNumber, accessListId: props.accessListId, memberOrgNumber: "" };
  const form = useForm<TAddMemberInput, unknown, z.output<typeof ZAddMember>>({
    resolver: zodResolver(ZAddMember),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    submit(addAccessListMemberAction, values, (data) => {
      form.reset(empty);
      return t(data.added.length > 0 ? "added" : "alreadyMember", { orgNumber: values.memberOrgNumber });
    }),
  );

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="add-member-heading" className="space-y-3">
      <h3 id="add-member-heading" className="font-semibold">
        {t("title")}
      </h3>
      <TextField
        id="member-org-number"
        label={t("orgNumber")}
        error={errors.memberOrgNumber?.message}
        registration={form.register("memberOrgNumber")}
        inputProps={{ inputMode: "numeric", autoComplete: "off" }}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
