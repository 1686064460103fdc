import { z } from "zod";
import {
  draftIssues,
  MAX_REQUEST_MESSAGE,
  PARTY_TYPES,
  PORTAL_VIEW_MODES,
  type TKitResource,
} from "./consent-request-rules";

// The consent request draft's zod shape, apart from the rules (consent-request-rules.ts) so the builder can apply
// the rules as they are typed without loading zod; it loads this file when the form is first checked.

export const ZConsentRequestDraft = z.object({
  partyType: z.enum(PARTY_TYPES, { message: "invalid" }),
  /** The national identity number or organisation number of whoever is asked to consent (`from`). */
  party: z.string().trim(),
  /** Optional: the one person or organisation who may answer (`requiredDelegator`); empty when anyone may. */
  requiredDelegator: z.string().trim(),
  /** A date (YYYY-MM-DD); the consent is valid to the end of that day, UTC. */
  validTo: z.string().trim(),
  metadata: z.record(z.string(), z.string().trim()),
  requestMessage: z
    .string()
    .trim()
    .max(MAX_REQUEST_MESSAGE, { message: `tooLong|${MAX_REQUEST_MESSAGE}` }),
  redirectUrl: z.string().trim(),
  portalViewMode: z.enum(PORTAL_VIEW_MODES, { message: "invalid" }),
});

/** The draft schema for one resource: the shape, then every rule of `draftIssues`. */
export function consentRequestDraftSchema(resource: TKitResource, now: () => Date = () => new Date()) {
  return ZConsentRequestDraft.superRefine((draft, ctx) => {
    for (const issue of draftIssues(draft, resource, now()))
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
}
