import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { validationError } from "@/lib/errors/app-error";
import { addAccessListMembers, removeAccessListMembers } from "./add-access-list-members";
import { toDbEnvironment } from "./access-list-target";
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

// The access-list actions against any action client (lib/actions/access-list-actions.ts binds the portal's; tests
// bind one with a chosen user). Editors and administrators change lists; viewers only see them.

type TOrgAction = ReturnType<typeof createActionClient>["orgAction"];
const path = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/access-lists`];
const audit = (targetId: string, summary: string) => ({ targetType: "access-list", targetId, summary });

export function defineAccessListActions(orgAction: TOrgAction) {
  return {
    create: orgAction({
      name: "access-list.create",
      schema: ZCreateAccessList,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const { list, changeId } = await createAccessList({ tx, organisation, ...input, environment: toDbEnvironment(input.environment) });
        return { data: { accessListId: list.id, changeId }, audit: audit(list.id, `Created access list ${list.identifier} in ${input.environment}`) };
      },
    }),
    update: orgAction({
      name: "access-list.update",
      schema: ZUpdateAccessList,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const { list, changeId } = await updateAccessList({ tx, organisation, ...input });
        return { data: { accessListId: list.id, changeId }, audit: audit(list.id, `Renamed access list ${list.identifier}`) };
      },
    }),
    delete: orgAction({
      name: "access-list.delete",
      schema: ZAccessListReference,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const { list, changeId } = await deleteAccessList({ tx, organisation, accessListId: input.accessListId });
        return { data: { changeId }, audit: audit(input.accessListId, `Deleted access list ${list.identifier}`) };
      },
    }),
    addMember: orgAction({
      name: "access-list.member.add",
      schema: ZAddMember,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        requireOrgCode(organisation);
        const result = await addAccessListMembers({ tx, organisationId: organisation.id, accessListId: input.accessListId, orgNumbers: [input.memberOrgNumber] });
        return { data: result, audit: audit(input.accessListId, `Added ${input.memberOrgNumber} to an access list`) };
      },
    }),
    /** All lines must be valid: a file with bad lines changes nothing, and every bad line is named. */
    importMembers: orgAction({
      name: "access-list.member.import",
      schema: ZImportMembers,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        requireOrgCode(organisation);
        const { orgNumbers, errors } = parseOrgNumberCsv(input.csv);
        const invalid = errors.filter((error) => error.reason !== "duplicate");
        if (invalid.length > 0) throw validationError({ csv: invalid.map((error) => `${error.reason === "format" ? "csvLineFormat" : "csvLineChecksum"}|${error.line}`) });
        if (orgNumbers.length === 0) throw validationError({ csv: ["csvEmpty"] });
        const result = await addAccessListMembers({ tx, organisationId: organisation.id, accessListId: input.accessListId, orgNumbers });
        return {
          data: { ...result, alreadyMembers: orgNumbers.length - result.added.length },
          audit: audit(input.accessListId, `Imported ${result.added.length} organisations into an access list`),
        };
      },
    }),
    removeMember: orgAction({
      name: "access-list.member.remove",
      schema: ZRemoveMember,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const result = await removeAccessListMembers({ tx, organisationId: organisation.id, accessListId: input.accessListId, orgNumbers: [input.memberOrgNumber] });
        return { data: result, audit: audit(input.accessListId, `Removed ${input.memberOrgNumber} from an access list`) };
      },
    }),
    link: orgAction({
      name: "access-list.resource.link",
      schema: ZResourceLink,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const { resource, changeId, policyChangeId } = await linkAccessListToResource({ tx, organisation, ...input });
        const summary = `Linked an access list to ${resource.identifier}${policyChangeId ? " and queued its policy update" : ""}`;
        return { data: { changeId, policyChangeId }, audit: audit(input.accessListId, summary) };
      },
    }),
    unlink: orgAction({
      name: "access-list.resource.unlink",
      schema: ZResourceLink,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const { resource, changeId, policyChangeId } = await unlinkAccessListFromResource({ tx, organisation, ...input });
        const summary = `Unlinked an access list from ${resource.identifier}${policyChangeId ? " and queued its policy update" : ""}`;
        return { data: { changeId, policyChangeId }, audit: audit(input.accessListId, summary) };
      },
    }),
    copyToProd: orgAction({
      name: "access-list.copy-to-prod",
      schema: ZAccessListReference,
      minimumRole: "EDITOR",
      revalidate: path,
      run: async ({ input, tx, organisation }) => {
        const { list, changeIds, memberCount } = await copyAccessListToProd({ tx, organisation, accessListId: input.accessListId });
        return { data: { accessListId: list.id, changeIds, memberCount }, audit: audit(list.id, `Copied access list ${list.identifier} to prod`) };
      },
    }),
  };
}
