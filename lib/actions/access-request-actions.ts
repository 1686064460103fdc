"use server";

import { defineAccessRequestActions } from "@/lib/access-requests/define-access-request-actions";
import { orgAction } from "./safe-action";

// Requests, decisions and revocations are recorded here; the grants they queue reach Maskinporten and the
// Resource Registry through the worker (lib/jobs), which moves the request on as they settle.
const actions = defineAccessRequestActions(orgAction);

export const createAccessRequestAction = actions.create;
export const decideAccessRequestAction = actions.decide;
export const revokeAccessRequestAction = actions.revoke;
