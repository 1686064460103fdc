"use server";

import { defineAccessListActions } from "@/lib/access-lists/define-access-list-actions";
import { orgAction } from "./safe-action";

// Access-list changes are recorded and queued here; the worker sends them to the Resource Registry (lib/jobs).
const actions = defineAccessListActions(orgAction);

export const createAccessListAction = actions.create;
export const updateAccessListAction = actions.update;
export const deleteAccessListAction = actions.delete;
export const addAccessListMemberAction = actions.addMember;
export const importAccessListMembersAction = actions.importMembers;
export const removeAccessListMemberAction = actions.removeMember;
export const linkAccessListAction = actions.link;
export const unlinkAccessListAction = actions.unlink;
export const copyAccessListToProdAction = actions.copyToProd;
