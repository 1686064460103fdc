"use server";

import { addMember } from "@/lib/organisations/add-member";
import { changeMemberRole } from "@/lib/organisations/change-member-role";
import { refuseWhenMembershipsFromAltinn } from "@/lib/organisations/memberships-from-altinn";
import { removeMember } from "@/lib/organisations/remove-member";
import { ZAddMember, ZChangeMemberRole, ZRemoveMember } from "@/lib/organisations/schemas";
import { maskNationalIdentityNumber as mask } from "@/lib/platform/validation/mask-national-identity-number";
import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";

const audited = auditedAs("membership");
/**
 * Every change of membership is the administrators', and shows on the members page; only in ID-porten mode: with
 * Ansattporten the rights come from Altinn, so each action refuses (memberships-from-altinn.ts).
 */
const admins = {
  minimumRole: "ADMIN",
  revalidate: (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/members`],
} as const;

export const addMemberAction = orgAction({
  name: "membership.add",
  schema: ZAddMember,
  ...admins,
  run: async ({ input, tx, organisation }) => {
    refuseWhenMembershipsFromAltinn();
    const added = await addMember({ tx, ...input, organisationId: organisation.id });
    return audited(added, added.membershipId, `Added ${mask(input.nationalIdentityNumber)} as ${input.role}`);
  },
});

export const changeMemberRoleAction = orgAction({
  name: "membership.change-role",
  schema: ZChangeMemberRole,
  ...admins,
  run: async ({ input, tx, organisation }) => {
    refuseWhenMembershipsFromAltinn();
    const changed = await changeMemberRole({ tx, organisationId: organisation.id, ...input });
    const summary = `Changed role of ${mask(changed.pid)} from ${changed.from} to ${changed.to}`;
    return audited({ role: changed.to }, input.membershipId, summary);
  },
});

export const removeMemberAction = orgAction({
  name: "membership.remove",
  schema: ZRemoveMember,
  ...admins,
  run: async ({ input, tx, organisation }) => {
    refuseWhenMembershipsFromAltinn();
    const removed = await removeMember({ tx, organisationId: organisation.id, membershipId: input.membershipId });
    return audited(null, input.membershipId, `Removed ${mask(removed.pid)}`);
  },
});
