"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { removeAccessListMemberAction } from "@/lib/actions/access-list-actions";

/** Removing one member is easy to redo (add it again), so it does not ask first. */
export function RemoveMemberButton(props: { orgNumber: string; accessListId: string; memberOrgNumber: string; label: string }) {
  const t = useTranslations("accessLists.members");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const remove = () =>
    startTransition(async () => {
      const result = await removeAccessListMemberAction({
        orgNumber: props.orgNumber, accessListId: props.accessListId, memberOrgNumber: props.memberOrgNumber,
      });
      setError(result.ok ? null : result.error.message);
      router.refresh();
    });

  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={remove}
        aria-label={t("removeMember", { name: props.label })}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      >
        {t("remove")}
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
