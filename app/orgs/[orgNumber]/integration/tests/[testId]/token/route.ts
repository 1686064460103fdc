import { getSessionUser } from "@/lib/auth/get-session-user";
import { db } from "@/lib/db/prisma";
import { unauthenticated, validationError } from "@/lib/errors/app-error";
import { fieldErrorsFromZod } from "@/lib/errors/to-action-error";
import { jsonRoute } from "@/lib/http/json-route";
import { fetchConsentToken } from "@/lib/integration-kit/fetch-consent-token";
import { ZIntegrationTestRef } from "@/lib/integration-kit/schemas";
import { requireMembership } from "@/lib/organisations/require-membership";

/**
 * POST: the consent token for one of the organisation's test consent requests, once the person has approved it.
 * A route handler rather than an `orgAction`: it waits on two upstream calls, which must not hold a database
 * transaction open; it writes its own audit event when a token is obtained. Editors and administrators only.
 */
export const POST = jsonRoute(async (_request, { params }: RouteContext<"/orgs/[orgNumber]/integration/tests/[testId]/token">) => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  const input = ZIntegrationTestRef.safeParse(await params);
  if (!input.success) throw validationError(fieldErrorsFromZod(input.error));
  const { organisation } = await requireMembership({ db: db(), userId: user.id, orgNumber: input.data.orgNumber, minimumRole: "EDITOR" });
  return fetchConsentToken({ organisation, testId: input.data.testId, userId: user.id, correlationId: crypto.randomUUID() });
});
