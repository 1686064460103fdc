import { checkConsentToken } from "@/lib/consent-tokens/check-consent-token";
import { ZCheckConsentToken } from "@/lib/consent-tokens/schemas";
import { orgRoute } from "@/lib/platform/http/safe-route";

/**
 * POST: validate a consent token for any member of the organisation. A route handler, not an `orgAction`:
 * validating changes nothing, so it writes no audit event. POST keeps the token out of URLs and access logs.
 * The organisation is the one in the path, whatever the body says.
 */
export const POST = orgRoute(
  { body: ZCheckConsentToken.omit({ orgNumber: true }), rateLimit: "validator" },
  ({ body, organisation }) =>
    checkConsentToken({ organisationId: organisation.id, input: { ...body, orgNumber: organisation.orgNumber } }),
);
