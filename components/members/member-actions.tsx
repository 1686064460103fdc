"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changeMemberRoleAction } from "@/lib/actions/member-actions";
import type { TActionError } from "@/lib/errors/action-result";
import type { TMember } from "@/lib/organisations/list-members";
import { ROLES } from "@/lib/organisations/roles";
import { RemoveMemberDialog } from "./remove-member-dialog";

export function MemberActions({ orgNumber, member, memberLabel }: { orgNumber: string; member: TMember; memberLabel: string }) {
  const t = useTranslations("members.actions");
  const tRoles = useTranslations("layout.roles");
  const router = useRouter();
  const [role, setRole] = useState(member.role);
  const [error, setError] = useState<TActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const selectId = `role-${member.membershipId}`;

  const changeRole = () =>
    startTransition(async () => {
      const result = await changeMemberRoleAction({ orgNumber, membershipId: member.membershipId, role });
      setError(result.ok ? null : result.error);
      if (!result.ok) setRole(member.role);
      router.refresh();
    });

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          {t("roleFor", { member: memberLabel })}
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(event) => setRole(event.target.value as TMember["role"])}
          className="rounded border border-slate-400 px-2 py-1"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {tRoles(option)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={changeRole}
          disabled={pending || role === member.role}
          aria-label={t("changeRoleFor", { member: memberLabel })}
          className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50"
        >
          {t("changeRole")}
        </button>
        <RemoveMemberDialog
          orgNumber={orgNumber}
          membershipId={member.membershipId}
          memberLabel={memberLabel}
          onResult={(result) => setError(result)}
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
    </div>
  );
}
