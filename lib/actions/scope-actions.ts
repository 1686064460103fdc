"use server";

import { defineScopeActions } from "@/lib/scopes/define-scope-actions";
import { orgAction } from "./safe-action";

// Scope changes are recorded and queued here; the worker sends them to Maskinporten (lib/jobs).
const actions = defineScopeActions(orgAction);

export const createScopeAction = actions.create;
export const updateScopeAction = actions.update;
export const deactivateScopeAction = actions.deactivate;
export const copyScopeToProdAction = actions.copyToProd;
