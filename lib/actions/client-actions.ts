"use server";

import { defineClientActions } from "@/lib/clients/define-client-actions";
import { orgAction } from "./safe-action";

// Maskinporten client changes are recorded and queued here; the worker sends them to Maskinporten (lib/jobs).
// Only public keys arrive here: key pairs are made in the browser, and the private half never leaves it.
const actions = defineClientActions(orgAction);

export const createClientAction = actions.create;
export const updateClientAction = actions.update;
export const addClientKeyAction = actions.addKey;
export const removeClientKeyAction = actions.removeKey;
export const deleteClientAction = actions.delete;
