"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/organisations/member-actions";
import type { TMember } from "@/lib/organisations/list-members";
import { ROLES } from "@/lib/platform/auth/roles";

/** A member's row controls: change the role, or remove the member after asking; a refusal shows under both. */
export function MemberActions({
  orgNumber,
  member,
  memberLabel,
}: {
  orgNumber: string;
  member: TMember;
  memberLabel: string;
}) {
  const t = useTranslations("members.actions");
  const tRemove = useTranslations("members.remove");
  const tRoles = useTranslations("layout.roles");
  const [role, setRole] = useState(member.role);
  const { error, pending, submit } = useActionSubmit();
  const { membershipId } = member;

  const changeRole = async () => {
    const result = await submit(changeMemberRoleAction, { orgNumber, membershipId, role });
    if (!result.ok) setRole(member.role);
  };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <SelectField
          id={`role-${membershipId}`}
          label={t("roleFor", { member: memberLabel })}
          labelHidden
          value={role}
          onChange={(event) => setRole(event.target.value as TMember["role"])}
          options={ROLES.map((option) => ({ value: option, label: tRoles(option) }))}
        />
        <Button
          onClick={() => void changeRole()}
          disabled={pending || role === member.role}
          size="xs"
          aria-label={t("changeRoleFor", { member: memberLabel })}
        >
          {t("changeRole")}
        </Button>
        <ConfirmDialog
          trigger={tRemove("remove")}
          triggerAriaLabel={tRemove("removeMember", { member: memberLabel })}
          triggerSize="xs"
          pending={pending}
          keepTriggerEnabled
          title={tRemove("confirmTitle")}
          description={tRemove("confirmText", { member: memberLabel })}
          cancelLabel={tRemove("cancel")}
          confirmLabel={tRemove("confirm")}
          onConfirm={() => submit(removeMemberAction, { orgNumber, membershipId })}
        />
      </div>
      <FormStatus error={error} compact />
    </div>
  );
}
