import { getSessionUser } from "@/lib/auth/get-session-user";
import { checkConsentToken } from "@/lib/consent-tokens/check-consent-token";
import { ZCheckConsentToken } from "@/lib/consent-tokens/schemas";
import { db } from "@/lib/db/prisma";
import { unauthenticated, validationError } from "@/lib/errors/app-error";
import { fieldErrorsFromZod } from "@/lib/errors/to-action-error";
import { jsonRoute } from "@/lib/http/json-route";
import { requireMembership } from "@/lib/organisations/require-membership";

/**
 * POST: validate a consent token for any member of the organisation. A route handler, not an `orgAction`:
 * validating changes nothing, so it writes no audit event. POST keeps the token out of URLs and access logs.
 */
export const POST = jsonRoute(async (request, { params }: RouteContext<"/orgs/[orgNumber]/validator/check">) => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  const { orgNumber } = await params;
  const { organisation } = await requireMembership({ db: db(), userId: user.id, orgNumber });
  const body: unknown = await request.json().catch(() => null);
  const input = ZCheckConsentToken.safeParse({ ...(typeof body === "object" ? body : {}), orgNumber });
  if (!input.success) throw validationError(fieldErrorsFromZod(input.error));
  return checkConsentToken({ organisationId: organisation.id, input: input.data });
});
