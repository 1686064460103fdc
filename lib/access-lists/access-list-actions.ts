"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { validationError } from "@/lib/platform/errors/app-error";
import { addAccessListMembers, removeAccessListMembers } from "./add-access-list-members";
import { copyAccessListToProd } from "./copy-access-list-to-prod";
import { createAccessList, deleteAccessList, requireOrgCode, updateAccessList } from "./manage-access-list";
import { parseOrgNumberCsv } from "./parse-org-number-csv";
import { linkAccessListToResource, unlinkAccessListFromResource } from "./resource-links";
import {
  ZAccessListReference,
  ZAddMember,
  ZCreateAccessList,
  ZImportMembers,
  ZRemoveMember,
  ZResourceLink,
  ZUpdateAccessList,
} from "./schemas";
import { fromUpstreamEnv } from "@/lib/platform/environment";

// Access-list changes are recorded and queued here; the worker sends them to the Resource Registry (lib/platform/jobs).
// Editors and administrators change lists in test, administrators in production (lib/platform/auth/production-rule.ts);
// viewers only see them.

/** The production rule for a change to an existing list; an unknown list is left to the change, which says so. */
async function requireRoleForList(tx: TTx, organisationId: string, accessListId: string, role: Role) {
  const list = await tx.accessList.findFirst({
    where: { id: accessListId, organisationId },
    select: { environment: true },
  });
  if (list) requireProductionRole({ role, environment: list.environment });
}

const path = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/access-lists`];
const audit = (targetId: string, summary: string) => ({ targetType: "access-list", targetId, summary });

export const createAccessListAction = orgAction({
  name: "access-list.create",
  schema: ZCreateAccessList,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: input.environment });
    const { list, changeId } = await createAccessList({
      tx,
      organisation,
      ...input,
      environment: fromUpstreamEnv(input.environment),
    });
    return {
      data: { accessListId: list.id, changeId },
      audit: audit(list.id, `Created access list ${list.identifier} in ${input.environment}`),
    };
  },
});
export const updateAccessListAction = orgAction({
  name: "access-list.update",
  schema: ZUpdateAccessList,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    const { list, changeId } = await updateAccessList({ tx, organisation, ...input });
    return {
      data: { accessListId: list.id, changeId },
      audit: audit(list.id, `Renamed access list ${list.identifier}`),
    };
  },
});
export const deleteAccessListAction = orgAction({
  name: "access-list.delete",
  schema: ZAccessListReference,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    const { list, changeId } = await deleteAccessList({ tx, organisation, accessListId: input.accessListId });
    return { data: { changeId }, audit: audit(input.accessListId, `Deleted access list ${list.identifier}`) };
  },
});
export const addAccessListMemberAction = orgAction({
  name: "access-list.member.add",
  schema: ZAddMember,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    requireOrgCode(organisation);
    const result = await addAccessListMembers({
      tx,
      organisationId: organisation.id,
      accessListId: input.accessListId,
      orgNumbers: [input.memberOrgNumber],
    });
    return { data: result, audit: audit(input.accessListId, `Added ${input.memberOrgNumber} to an access list`) };
  },
});
/** All lines must be valid: a file with bad lines changes nothing, and every bad line is named. */
export const importAccessListMembersAction = orgAction({
  name: "access-list.member.import",
  schema: ZImportMembers,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    requireOrgCode(organisation);
    const { orgNumbers, errors } = parseOrgNumberCsv(input.csv);
    const invalid = errors.filter((error) => error.reason !== "duplicate");
    if (invalid.length > 0)
      throw validationError({
        csv: invalid.map((error) => `${error.reason === "format" ? "csvLineFormat" : "csvLineChecksum"}|${error.line}`),
      });
    if (orgNumbers.length === 0) throw validationError({ csv: ["csvEmpty"] });
    const result = await addAccessListMembers({
      tx,
      organisationId: organisation.id,
      accessListId: input.accessListId,
      orgNumbers,
    });
    return {
      data: { ...result, alreadyMembers: orgNumbers.length - result.added.length },
      audit: audit(input.accessListId, `Imported ${result.added.length} organisations into an access list`),
    };
  },
});
export const removeAccessListMemberAction = orgAction({
  name: "access-list.member.remove",
  schema: ZRemoveMember,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    const result = await removeAccessListMembers({
      tx,
      organisationId: organisation.id,
      accessListId: input.accessListId,
      orgNumbers: [input.memberOrgNumber],
    });
    return { data: result, audit: audit(input.accessListId, `Removed ${input.memberOrgNumber} from an access list`) };
  },
});
export const linkAccessListAction = orgAction({
  name: "access-list.resource.link",
  schema: ZResourceLink,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    const { resource, changeId, policyChangeId } = await linkAccessListToResource({ tx, organisation, ...input });
    const summary = `Linked an access list to ${resource.identifier}${policyChangeId ? " and queued its policy update" : ""}`;
    return { data: { changeId, policyChangeId }, audit: audit(input.accessListId, summary) };
  },
});
export const unlinkAccessListAction = orgAction({
  name: "access-list.resource.unlink",
  schema: ZResourceLink,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForList(tx, organisation.id, input.accessListId, role);
    const { resource, changeId, policyChangeId } = await unlinkAccessListFromResource({ tx, organisation, ...input });
    const summary = `Unlinked an access list from ${resource.identifier}${policyChangeId ? " and queued its policy update" : ""}`;
    return { data: { changeId, policyChangeId }, audit: audit(input.accessListId, summary) };
  },
});
export const copyAccessListToProdAction = orgAction({
  name: "access-list.copy-to-prod",
  schema: ZAccessListReference,
  minimumRole: "EDITOR",
  revalidate: path,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: "PROD" });
    const { list, changeIds, memberCount } = await copyAccessListToProd({
      tx,
      organisation,
      accessListId: input.accessListId,
    });
    return {
      data: { accessListId: list.id, changeIds, memberCount },
      audit: audit(list.id, `Copied access list ${list.identifier} to prod`),
    };
  },
});
