"use client";

import { loadOnDemand } from "@/components/ui/open-on-demand";
import { formOnDemand } from "./form-on-demand";

// The list page's forms, each opened on demand (its code downloads then): not the page's first purpose.
export const AddMemberPanel = formOnDemand(
  loadOnDemand(() => import("./add-member-form").then((m) => m.AddMemberForm)),
);
export const ImportMembersPanel = formOnDemand(
  loadOnDemand(() => import("./import-members-form").then((m) => m.ImportMembersForm)),
);
export const EditAccessListPanel = formOnDemand(
  loadOnDemand(() => import("./edit-access-list-form").then((m) => m.EditAccessListForm)),
);
