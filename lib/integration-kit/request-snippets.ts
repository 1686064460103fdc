import {
  buildConsentRequest,
  draftIssues,
  type TConsentRequestDraft,
  type TKitResource,
} from "./consent-request-rules";
import { consentTokenScope, curlSnippet, jsonSnippet, typescriptSnippet, type TKitEndpoints } from "./snippets";

// Shared by the page (the request as code for the default values, rendered on the server so a first visit ships no
// form code) and the builder (the same code, live as the fields change once "Change the request" opened it).

export type TRequestSnippets = { json: string; curl: string; typescript: string };

/** The builder's starting values: a person, nothing filled in, every declared metadata key empty, hidden in Altinn. */
export function defaultDraft(
  resource: TKitResource,
  defaults: Pick<TConsentRequestDraft, "validTo" | "redirectUrl">,
): TConsentRequestDraft {
  return {
    partyType: "person",
    party: "",
    requiredDelegator: "",
    metadata: Object.fromEntries(resource.metadata.map((m) => [m.key, ""])),
    requestMessage: "",
    portalViewMode: "Hide",
    ...defaults,
  };
}

/**
 * The request as JSON, curl and TypeScript for a draft, and whether the draft still breaks a rule (the snippets then
 * show what would be sent now). `customerOrgNumber`: a supplier building for its customer (`to` and `consumer_org`).
 */
export function requestSnippets(options: {
  id: string;
  orgNumber: string;
  customerOrgNumber?: string;
  resource: TKitResource;
  endpoints: TKitEndpoints;
  draft: TConsentRequestDraft;
}): { snippets: TRequestSnippets; incomplete: boolean } {
  const { id, orgNumber, customerOrgNumber, resource, endpoints, draft } = options;
  const body = buildConsentRequest({ id, consumerOrgNumber: customerOrgNumber ?? orgNumber, resource, draft });
  const tokenScope = consentTokenScope(resource.scopes);
  const consumer = { consumerOrg: customerOrgNumber };
  return {
    snippets: {
      json: jsonSnippet(body),
      curl: curlSnippet(body, endpoints, tokenScope, consumer),
      typescript: typescriptSnippet(body, endpoints, tokenScope, consumer),
    },
    incomplete: draftIssues(draft, resource).length > 0,
  };
}
