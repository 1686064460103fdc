"use server";

import { defineChecklistActions } from "@/lib/checklist/define-checklist-actions";
import { orgAction } from "./safe-action";

// The consumer checklist's one change: an administrator attests the Maskinporten connection.
export const attestConnectionAction = defineChecklistActions(orgAction).attest;
