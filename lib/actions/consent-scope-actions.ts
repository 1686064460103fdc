"use server";

import { defineConsentScopeActions } from "@/lib/consent-scopes/define-consent-scope-actions";
import { orgAction, platformAction } from "./safe-action";

// A consumer's request for the consent API scopes, and the platform administrators' decision on it.
const actions = defineConsentScopeActions({ orgAction, platformAction });

export const requestConsentScopesAction = actions.request;
export const decideConsentScopeRequestAction = actions.decide;
