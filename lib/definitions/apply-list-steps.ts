import "server-only";
import { addAccessListMembers, removeAccessListMembers } from "@/lib/access-lists/add-access-list-members";
import {
  createAccessList,
  deleteAccessList,
  UPDATE_ACCESS_LIST_ACTION,
  updateAccessList,
} from "@/lib/access-lists/manage-access-list";
import { linkAccessListToResource, unlinkAccessListFromResource } from "@/lib/access-lists/resource-links";
import { notFound } from "@/lib/platform/errors/app-error";
import type { TPlannedChange } from "./definitions-schema";
import { accessListEntry, findAccessListId, findResource, PHASES, via, type TApplyStep } from "./apply-context";

// Access lists, their members and their resource connections, through lib/access-lists as the list page does.

const targetType = "access-list";

function listSteps(change: TPlannedChange): TApplyStep[] {
  const key = change.key;
  if (change.action === "delete") {
    const run: TApplyStep["run"] = async (c) => {
      const { list } = await deleteAccessList({ ...c, accessListId: await findAccessListId(c, key) });
      return { targetId: list.id, summary: via(`Deleted access list ${key}`) };
    };
    return [{ phase: PHASES.remove, action: "access-list.delete", targetType, run }];
  }
  if (change.action === "create") {
    const run: TApplyStep["run"] = async (c) => {
      const { name, description } = accessListEntry(c, key);
      const { list } = await createAccessList({ ...c, identifier: key, name, description });
      return { targetId: list.id, summary: via(`Created access list ${key}`) };
    };
    return [{ phase: PHASES.list, action: "access-list.create", targetType, run }];
  }
  const run: TApplyStep["run"] = async (c) => {
    const { name, description } = accessListEntry(c, key);
    const { list } = await updateAccessList({ ...c, accessListId: await findAccessListId(c, key), name, description });
    return { targetId: list.id, summary: via(`Updated access list ${key}`) };
  };
  return [{ phase: PHASES.list, action: UPDATE_ACCESS_LIST_ACTION, targetType, run }];
}

/** The list's whole membership as the document states it: the missing ones added, the others removed. */
function memberSteps(change: TPlannedChange): TApplyStep[] {
  const run: TApplyStep["run"] = async (c) => {
    const accessListId = await findAccessListId(c, change.key);
    const wanted = accessListEntry(c, change.key).members;
    const current = await c.tx.accessListMember.findMany({ where: { accessListId }, select: { orgNumber: true } });
    const keep = new Set(wanted);
    const leaving = current.map((member) => member.orgNumber).filter((orgNumber) => !keep.has(orgNumber));
    const input = { tx: c.tx, organisationId: c.organisation.id, accessListId };
    const { removed } = await removeAccessListMembers({ ...input, orgNumbers: leaving });
    const { added } = await addAccessListMembers({ ...input, orgNumbers: wanted });
    const summary = via(`Added ${added.length} and removed ${removed.length} members of access list ${change.key}`);
    return { targetId: accessListId, summary };
  };
  return [{ phase: PHASES.members, action: "access-list.member.import", targetType, run }];
}

function connectionSteps(change: TPlannedChange): TApplyStep[] {
  const [listKey = "", resourceKey = ""] = change.key.split("/");
  const connects = change.action === "create";
  const run: TApplyStep["run"] = async (c) => {
    const resource = await findResource(c, resourceKey);
    if (!resource) throw notFound("consentResourceNotFound");
    const link = { ...c, accessListId: await findAccessListId(c, listKey), resourceId: resource.id };
    const { list } = connects ? await linkAccessListToResource(link) : await unlinkAccessListFromResource(link);
    const summary = via(
      `${connects ? "Linked" : "Unlinked"} access list ${listKey} ${connects ? "to" : "from"} ${resourceKey}`,
    );
    return { targetId: list.id, summary };
  };
  const action = connects ? "access-list.resource.link" : "access-list.resource.unlink";
  return [{ phase: connects ? PHASES.connect : PHASES.disconnect, action, targetType, run }];
}

export function accessListSteps(change: TPlannedChange): TApplyStep[] {
  if (change.kind === "accessListMembers") return memberSteps(change);
  if (change.kind === "resourceConnection") return connectionSteps(change);
  return listSteps(change);
}
