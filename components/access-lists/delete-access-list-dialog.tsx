"use client";

import { useRouter } from "next/navigation";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { DangerPanel } from "@/components/ui/danger-panel";
import { deleteAccessListAction } from "@/lib/access-lists/access-list-actions";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** Deleting removes the list in Altinn too, and with it the members' right to request consent, so it asks first. */
export function DeleteAccessListDialog(props: {
  orgNumber: string;
  accessListId: string;
  identifier: string;
  memberCount: number;
  environment: TUpstreamEnvironment;
  environmentName: string;
}) {
  const router = useRouter();
  const { error, pending, submit } = useActionSubmit();
  // The list's page is gone once deleted: back to the lists of its environment (the action revalidated them).
  const remove = () =>
    submit(deleteAccessListAction, { orgNumber: props.orgNumber, accessListId: props.accessListId }, () =>
      router.push(`/orgs/${props.orgNumber}/access-lists?environment=${props.environment}`),
    );

  return (
    <DangerPanel
      headingId="delete-list-heading"
      messages="accessLists.delete"
      values={{ identifier: props.identifier, count: props.memberCount, environment: props.environmentName }}
      error={error}
      pending={pending}
      onConfirm={remove}
      className="max-w-3xl space-y-3"
    />
  );
}
