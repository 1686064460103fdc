"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { ZAddMember, type TAddMemberInput } from "@/lib/access-lists/schemas";
import { addAccessListMemberAction } from "@/lib/access-lists/access-list-actions";

export function AddMemberForm(props: { orgNumber: string; accessListId: string }) {
  const t = useTranslations("accessLists.add");
  const empty: TAddMemberInput = { orgNumber: props.orgNumber, accessListId: props.accessListId, memberOrgNumber: "" };
  const { form, isSubmitting, error, success, submitAndReset } = useActionForm(ZAddMember, empty);

  const onSubmit = submitAndReset(addAccessListMemberAction, (values, data) =>
    t(data.added.length > 0 ? "added" : "alreadyMember", { orgNumber: values.memberOrgNumber }),
  );

  return (
    <FormCard onSubmit={onSubmit} className="space-y-3" title={t("title")} headingId="add-member-heading" level={3}>
      <TextField
        id="member-org-number"
        label={t("orgNumber")}
        {...bindField(form, "memberOrgNumber")}
        inputProps={{ inputMode: "numeric", autoComplete: "off" }}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
