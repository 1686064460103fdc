"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { ZTryConsentRules } from "./schemas";
import { tryConsentRules } from "./try-consent-rules";

/**
 * "Try it" in the editor: would this organisation be allowed to request consent, or a person with this role or
 * access package to give it? Changes nothing; audited, since it asks Altinn's decision point for the organisation.
 */
export const tryConsentRulesAction = orgAction({
  name: "consent-rules.try",
  schema: ZTryConsentRules,
  minimumRole: "VIEWER",
  run: async ({ input, tx, organisation }) => {
    const result = await tryConsentRules({ tx, organisation, ...input });
    const who = input.subject.kind === "requester" ? input.subject.orgNumber : "an approver";
    const summary = `Tried the consent rules of ${result.identifier} in ${input.environment} for ${who}: ${result.edited}, published policy ${result.published.decision}`;
    return auditedAs("consent-resource")(result, input.resourceId, summary);
  },
});
