import { z } from "zod";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { checkDelegations } from "@/lib/delegations/check-delegations";
import { db } from "@/lib/db/prisma";
import { unauthenticated, validationError } from "@/lib/errors/app-error";
import { jsonRoute } from "@/lib/http/json-route";
import { requireMembership } from "@/lib/organisations/require-membership";

const ZEnvironment = z.enum(["test", "prod"]);

/** GET ?environment=test|prod: the organisation's delegations to the portal, for any member. */
export const GET = jsonRoute(async (request, { params }: RouteContext<"/api/orgs/[orgNumber]/delegations">) => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  const { orgNumber } = await params;
  const { organisation } = await requireMembership({ db: db(), userId: user.id, orgNumber });
  const environment = ZEnvironment.safeParse(new URL(request.url).searchParams.get("environment"));
  if (!environment.success) throw validationError({ environment: ["invalid"] });
  return checkDelegations({ environment: environment.data, organisation });
});
