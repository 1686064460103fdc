"use server";

import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { TTx } from "@/lib/platform/db/prisma";
import { validationError } from "@/lib/platform/errors/app-error";
import { featureActions } from "@/lib/platform/actions/feature-actions";
import { addAccessListMembers, removeAccessListMembers } from "./add-access-list-members";
import { copyAccessListToProd } from "./copy-access-list-to-prod";
import {
  createAccessList,
  deleteAccessList,
  requireOrgCode,
  UPDATE_ACCESS_LIST_ACTION,
  updateAccessList,
} from "./manage-access-list";
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

const { action, onRow, audited } = featureActions({
  table: "AccessList",
  idField: "accessListId",
  targetType: "access-list",
  revalidate: (input) => [`/orgs/${input.orgNumber}/access-lists`],
  // The production rule for a change to an existing list; an unknown list is left to the change, which says so.
  requireRole: (role, list) => requireProductionRole({ role, environment: list.environment }),
});

/** What a member change takes: the list the input names and these organisation numbers. */
const members = (input: { accessListId: string }, tx: TTx, organisationId: string, orgNumbers: string[]) => ({
  tx,
  organisationId,
  accessListId: input.accessListId,
  orgNumbers,
});

/** Linking and unlinking a resource: the registry's connection, and its policy update when it is published. */
function resourceLinkAction(
  name: string,
  done: string,
  change: typeof linkAccessListToResource | typeof unlinkAccessListFromResource,
) {
  return onRow({
    name,
    schema: ZResourceLink,
    change: async (input, tx, organisation) => {
      const { resource, changeId, policyChangeId } = await change({ tx, organisation, ...input });
      const summary = `${done} ${resource.identifier}${policyChangeId ? " and queued its policy update" : ""}`;
      return { data: { changeId, policyChangeId }, summary };
    },
  });
}

export const createAccessListAction = action({
  name: "access-list.create",
  schema: ZCreateAccessList,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: input.environment });
    const { list, changeId } = await createAccessList({
      tx,
      organisation,
      ...input,
      environment: fromUpstreamEnv(input.environment),
    });
    return audited(
      { accessListId: list.id, changeId },
      list.id,
      `Created access list ${list.identifier} in ${input.environment}`,
    );
  },
});
/** Name and description; the answer's `version` is what the edit form sends with its next save. */
export const updateAccessListAction = onRow({
  name: UPDATE_ACCESS_LIST_ACTION,
  schema: ZUpdateAccessList,
  change: async (input, tx, organisation) => {
    const { list, changeId } = await updateAccessList({ tx, organisation, ...input });
    const data = { accessListId: list.id, changeId, version: list.version };
    return { data, summary: `Renamed access list ${list.identifier}` };
  },
});
export const deleteAccessListAction = onRow({
  name: "access-list.delete",
  schema: ZAccessListReference,
  change: async (input, tx, organisation) => {
    const { list, changeId } = await deleteAccessList({ tx, organisation, accessListId: input.accessListId });
    return { data: { changeId }, summary: `Deleted access list ${list.identifier}` };
  },
});
export const addAccessListMemberAction = onRow({
  name: "access-list.member.add",
  schema: ZAddMember,
  change: async (input, tx, organisation) => {
    requireOrgCode(organisation);
    const data = await addAccessListMembers(members(input, tx, organisation.id, [input.memberOrgNumber]));
    return { data, summary: `Added ${input.memberOrgNumber} to an access list` };
  },
});
/** All lines must be valid: a file with bad lines changes nothing, and every bad line is named. */
export const importAccessListMembersAction = onRow({
  name: "access-list.member.import",
  schema: ZImportMembers,
  change: async (input, tx, organisation) => {
    requireOrgCode(organisation);
    const { orgNumbers, errors } = parseOrgNumberCsv(input.csv);
    const invalid = errors.filter((error) => error.reason !== "duplicate");
    if (invalid.length > 0)
      throw validationError({
        csv: invalid.map((error) => `${error.reason === "format" ? "csvLineFormat" : "csvLineChecksum"}|${error.line}`),
      });
    if (orgNumbers.length === 0) throw validationError({ csv: ["csvEmpty"] });
    const result = await addAccessListMembers(members(input, tx, organisation.id, orgNumbers));
    return {
      data: { ...result, alreadyMembers: orgNumbers.length - result.added.length },
      summary: `Imported ${result.added.length} organisations into an access list`,
    };
  },
});
export const removeAccessListMemberAction = onRow({
  name: "access-list.member.remove",
  schema: ZRemoveMember,
  change: async (input, tx, organisation) => {
    const data = await removeAccessListMembers(members(input, tx, organisation.id, [input.memberOrgNumber]));
    return { data, summary: `Removed ${input.memberOrgNumber} from an access list` };
  },
});
export const linkAccessListAction = resourceLinkAction(
  "access-list.resource.link",
  "Linked an access list to",
  linkAccessListToResource,
);
export const unlinkAccessListAction = resourceLinkAction(
  "access-list.resource.unlink",
  "Unlinked an access list from",
  unlinkAccessListFromResource,
);
export const copyAccessListToProdAction = action({
  name: "access-list.copy-to-prod",
  schema: ZAccessListReference,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: "PROD" });
    const { list, changeIds, memberCount } = await copyAccessListToProd({
      tx,
      organisation,
      accessListId: input.accessListId,
    });
    const data = { accessListId: list.id, changeIds, memberCount };
    return audited(data, list.id, `Copied access list ${list.identifier} to prod`);
  },
});
