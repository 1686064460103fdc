"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeAccessListMemberAction } from "@/lib/access-lists/access-list-actions";

/**
 * Removing one member from a test list is easy to redo (add it again), so it does not ask first; from a production
 * list it stops a consumer in production, so that is said and confirmed first.
 */
export function RemoveMemberButton(props: {
  orgNumber: string;
  accessListId: string;
  memberOrgNumber: string;
  label: string;
  production: boolean;
}) {
  const t = useTranslations("accessLists.members");
  const tProduction = useTranslations("accessLists.production");
  const { error, pending, submit } = useActionSubmit();
  const { orgNumber, accessListId, memberOrgNumber } = props;
  const remove = () => submit(removeAccessListMemberAction, { orgNumber, accessListId, memberOrgNumber });
  return (
    <>
      {props.production ? (
        <ConfirmDialog
          trigger={t("remove")}
          triggerAriaLabel={t("removeMember", { name: props.label })}
          triggerSize="xs"
          keepTriggerEnabled
          pending={pending}
          title={tProduction("removeTitle", { name: props.label })}
          description={tProduction("removeSummary", { name: props.label })}
          cancelLabel={tProduction("cancel")}
          confirmLabel={tProduction("confirm")}
          onConfirm={remove}
        />
      ) : (
        <Button
          size="xs"
          pending={pending}
          onClick={() => void remove()}
          aria-label={t("removeMember", { name: props.label })}
        >
          {t("remove")}
        </Button>
      )}
      <FormStatus error={error} compact />
    </>
  );
}
