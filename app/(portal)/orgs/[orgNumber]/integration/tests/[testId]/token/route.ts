import { orgRoute } from "@/lib/platform/http/safe-route";
import { fetchConsentToken } from "@/lib/integration-kit/fetch-consent-token";
import { ZIntegrationTestRef } from "@/lib/integration-kit/schemas";

/**
 * POST: the consent token for one of the organisation's test consent requests, once the person has approved it.
 * A route handler rather than an `orgAction`: it waits on two upstream calls, which must not hold a database
 * transaction open; the token's record and its audit event are written together afterwards, under this request's
 * correlation id. Editors and administrators only.
 */
export const POST = orgRoute(
  { minimumRole: "EDITOR", params: ZIntegrationTestRef },
  ({ params, organisation, user, correlationId }) =>
    fetchConsentToken({ organisation, testId: params.testId, userId: user.id, correlationId }),
);
