"use client";

import { loadOnDemand } from "@/components/ui/open-on-demand";
import { formOnDemand } from "./form-on-demand";

/** The lists page's form for a new list, opened on demand (its code downloads then): the page's purpose is the table. */
export const CreateAccessListPanel = formOnDemand(
  loadOnDemand(() => import("./create-access-list-form").then((m) => m.CreateAccessListForm)),
);
