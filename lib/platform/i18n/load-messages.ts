import type { TLocale } from "./locales";
import en from "@/messages/en.json";
import enAccessLists from "@/messages/en/accessLists.json";
import enAccessRequests from "@/messages/en/accessRequests.json";
import enCatalog from "@/messages/en/catalog.json";
import enChecklist from "@/messages/en/checklist.json";
import enClients from "@/messages/en/clients.json";
import enIntegrationKit from "@/messages/en/integrationKit.json";
import enConsentResources from "@/messages/en/consentResources.json";
import enDocumentation from "@/messages/en/documentation.json";
import enPublishing from "@/messages/en/publishing.json";
import enScopes from "@/messages/en/scopes.json";
import enValidator from "@/messages/en/validator.json";
import enAdoption from "@/messages/en/adoption.json";
import enDrift from "@/messages/en/drift.json";
import enEnvironments from "@/messages/en/environments.json";
import enDefinitions from "@/messages/en/definitions.json";
import enAltinnAccess from "@/messages/en/altinnAccess.json";
import enRedirectKit from "@/messages/en/redirectKit.json";
import enSuppliers from "@/messages/en/suppliers.json";
import enConsentRules from "@/messages/en/consentRules.json";
import nb from "@/messages/nb.json";
import nbAccessLists from "@/messages/nb/accessLists.json";
import nbAccessRequests from "@/messages/nb/accessRequests.json";
import nbCatalog from "@/messages/nb/catalog.json";
import nbChecklist from "@/messages/nb/checklist.json";
import nbClients from "@/messages/nb/clients.json";
import nbIntegrationKit from "@/messages/nb/integrationKit.json";
import nbConsentResources from "@/messages/nb/consentResources.json";
import nbDocumentation from "@/messages/nb/documentation.json";
import nbPublishing from "@/messages/nb/publishing.json";
import nbScopes from "@/messages/nb/scopes.json";
import nbValidator from "@/messages/nb/validator.json";
import nbAdoption from "@/messages/nb/adoption.json";
import nbDrift from "@/messages/nb/drift.json";
import nbEnvironments from "@/messages/nb/environments.json";
import nbDefinitions from "@/messages/nb/definitions.json";
import nbAltinnAccess from "@/messages/nb/altinnAccess.json";
import nbRedirectKit from "@/messages/nb/redirectKit.json";
import nbSuppliers from "@/messages/nb/suppliers.json";
import nbConsentRules from "@/messages/nb/consentRules.json";
import nn from "@/messages/nn.json";
import nnAccessLists from "@/messages/nn/accessLists.json";
import nnAccessRequests from "@/messages/nn/accessRequests.json";
import nnCatalog from "@/messages/nn/catalog.json";
import nnChecklist from "@/messages/nn/checklist.json";
import nnClients from "@/messages/nn/clients.json";
import nnIntegrationKit from "@/messages/nn/integrationKit.json";
import nnConsentResources from "@/messages/nn/consentResources.json";
import nnDocumentation from "@/messages/nn/documentation.json";
import nnPublishing from "@/messages/nn/publishing.json";
import nnScopes from "@/messages/nn/scopes.json";
import nnValidator from "@/messages/nn/validator.json";
import nnAdoption from "@/messages/nn/adoption.json";
import nnDrift from "@/messages/nn/drift.json";
import nnEnvironments from "@/messages/nn/environments.json";
import nnDefinitions from "@/messages/nn/definitions.json";
import nnAltinnAccess from "@/messages/nn/altinnAccess.json";
import nnRedirectKit from "@/messages/nn/redirectKit.json";
import nnSuppliers from "@/messages/nn/suppliers.json";
import nnConsentRules from "@/messages/nn/consentRules.json";

// The shell's messages live in messages/{locale}.json; each feature has its own file under
// messages/{locale}/, holding one top-level namespace, so features can grow without touching each other.
const english = {
  ...en,
  ...enScopes,
  ...enConsentResources,
  ...enPublishing,
  ...enDocumentation,
  ...enCatalog,
  ...enValidator,
  ...enClients,
  ...enAccessRequests,
  ...enAccessLists,
  ...enChecklist,
  ...enIntegrationKit,
  ...enAdoption,
  ...enDrift,
  ...enEnvironments,
  ...enDefinitions,
  ...enAltinnAccess,
  ...enRedirectKit,
  ...enSuppliers,
  ...enConsentRules,
};

export type TMessages = typeof english;

const MESSAGES: Record<TLocale, TMessages> = {
  en: english,
  nb: {
    ...nb,
    ...nbScopes,
    ...nbConsentResources,
    ...nbPublishing,
    ...nbDocumentation,
    ...nbCatalog,
    ...nbValidator,
    ...nbClients,
    ...nbAccessRequests,
    ...nbAccessLists,
    ...nbChecklist,
    ...nbIntegrationKit,
    ...nbAdoption,
    ...nbDrift,
    ...nbEnvironments,
    ...nbDefinitions,
    ...nbAltinnAccess,
    ...nbRedirectKit,
    ...nbSuppliers,
    ...nbConsentRules,
  } as TMessages,
  nn: {
    ...nn,
    ...nnScopes,
    ...nnConsentResources,
    ...nnPublishing,
    ...nnDocumentation,
    ...nnCatalog,
    ...nnValidator,
    ...nnClients,
    ...nnAccessRequests,
    ...nnAccessLists,
    ...nnChecklist,
    ...nnIntegrationKit,
    ...nnAdoption,
    ...nnDrift,
    ...nnEnvironments,
    ...nnDefinitions,
    ...nnAltinnAccess,
    ...nnRedirectKit,
    ...nnSuppliers,
    ...nnConsentRules,
  } as TMessages,
};

export function loadMessages(locale: TLocale): TMessages {
  return MESSAGES[locale];
}
