"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import type { TAddMemberInput } from "@/lib/access-lists/schemas";
import { addAccessListMemberAction } from "@/lib/access-lists/access-list-actions";
import { ProductionSubmit } from "./production-submit";

export function AddMemberForm(props: { orgNumber: string; accessListId: string; production: boolean }) {
  const t = useTranslations("accessLists.add");
  const tProduction = useTranslations("accessLists.production");
  const empty: TAddMemberInput = { orgNumber: props.orgNumber, accessListId: props.accessListId, memberOrgNumber: "" };
  const { form, isSubmitting, error, success, submitAndReset } = useActionForm(
    () => import("@/lib/access-lists/schemas").then((m) => m.ZAddMember),
    empty,
  );
  const memberOrgNumber = useWatch({ control: form.control, name: "memberOrgNumber" });

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
      <ProductionSubmit
        production={props.production}
        pending={isSubmitting}
        label={t("submit")}
        pendingLabel={t("submitting")}
        summary={tProduction("addSummary", { orgNumber: memberOrgNumber.trim() })}
        onConfirm={() => onSubmit()}
      />
    </FormCard>
  );
}
