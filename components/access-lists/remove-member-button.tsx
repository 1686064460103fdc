"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { removeAccessListMemberAction } from "@/lib/access-lists/access-list-actions";

/** Removing one member is easy to redo (add it again), so it does not ask first. */
export function RemoveMemberButton(props: {
  orgNumber: string;
  accessListId: string;
  memberOrgNumber: string;
  label: string;
}) {
  const t = useTranslations("accessLists.members");
  const { error, pending, submit } = useActionSubmit();
  const { orgNumber, accessListId, memberOrgNumber } = props;
  return (
    <>
      <Button
        size="xs"
        pending={pending}
        onClick={() => void submit(removeAccessListMemberAction, { orgNumber, accessListId, memberOrgNumber })}
        aria-label={t("removeMember", { name: props.label })}
      >
        {t("remove")}
      </Button>
      <FormStatus error={error} compact />
    </>
  );
}
