"use server";

import { addMember } from "@/lib/organisations/add-member";
import { changeMemberRole } from "@/lib/organisations/change-member-role";
import { removeMember } from "@/lib/organisations/remove-member";
import { ZAddMember, ZChangeMemberRole, ZRemoveMember } from "@/lib/organisations/schemas";
import { maskNationalIdentityNumber as mask } from "@/lib/platform/validation/mask-national-identity-number";
import { orgAction } from "@/lib/platform/actions/safe-action";

const membersPath = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/members`];

export const addMemberAction = orgAction({
  name: "membership.add",
  schema: ZAddMember,
  minimumRole: "ADMIN",
  revalidate: membersPath,
  run: async ({ input, tx, organisation }) => {
    const added = await addMember({
      tx,
      organisationId: organisation.id,
      nationalIdentityNumber: input.nationalIdentityNumber,
      role: input.role,
    });
    return {
      data: added,
      audit: {
        targetType: "membership",
        targetId: added.membershipId,
        summary: `Added ${mask(input.nationalIdentityNumber)} as ${input.role}`,
      },
    };
  },
});

export const changeMemberRoleAction = orgAction({
  name: "membership.change-role",
  schema: ZChangeMemberRole,
  minimumRole: "ADMIN",
  revalidate: membersPath,
  run: async ({ input, tx, organisation }) => {
    const changed = await changeMemberRole({ tx, organisationId: organisation.id, ...input });
    return {
      data: { role: changed.to },
      audit: {
        targetType: "membership",
        targetId: input.membershipId,
        summary: `Changed role of ${mask(changed.pid)} from ${changed.from} to ${changed.to}`,
      },
    };
  },
});

export const removeMemberAction = orgAction({
  name: "membership.remove",
  schema: ZRemoveMember,
  minimumRole: "ADMIN",
  revalidate: membersPath,
  run: async ({ input, tx, organisation }) => {
    const removed = await removeMember({ tx, organisationId: organisation.id, membershipId: input.membershipId });
    return {
      data: null,
      audit: { targetType: "membership", targetId: input.membershipId, summary: `Removed ${mask(removed.pid)}` },
    };
  },
});
