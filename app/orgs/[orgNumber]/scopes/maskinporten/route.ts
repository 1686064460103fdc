import { getSessionUser } from "@/lib/auth/get-session-user";
import { db } from "@/lib/db/prisma";
import { unauthenticated, validationError } from "@/lib/errors/app-error";
import { jsonRoute } from "@/lib/http/json-route";
import { requireMembership } from "@/lib/organisations/require-membership";
import { compareWithMaskinporten } from "@/lib/scopes/compare-with-maskinporten";
import { listScopes } from "@/lib/scopes/list-scopes";
import { ZScopeEnvironment } from "@/lib/scopes/schemas";

/** GET ?environment=test|prod: how each of the organisation's scopes compares with Maskinporten, for any member. */
export const GET = jsonRoute(async (request, { params }: RouteContext<"/orgs/[orgNumber]/scopes/maskinporten">) => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  const { orgNumber } = await params;
  const { organisation } = await requireMembership({ db: db(), userId: user.id, orgNumber });
  const environment = ZScopeEnvironment.safeParse(new URL(request.url).searchParams.get("environment"));
  if (!environment.success) throw validationError({ environment: ["invalid"] });
  if (!organisation.scopePrefix) return {};
  const scopes = await listScopes({ organisationId: organisation.id, environment: environment.data });
  return compareWithMaskinporten({ environment: environment.data, orgNumber, scopes });
});
