import { z } from "zod";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { checkDelegations } from "@/lib/delegations/check-delegations";
import { DELEGATION_PURPOSES } from "@/lib/delegations/required-scopes";
import { db } from "@/lib/db/prisma";
import { unauthenticated, validationError } from "@/lib/errors/app-error";
import { jsonRoute } from "@/lib/http/json-route";
import { requireMembership } from "@/lib/organisations/require-membership";

const ZEnvironment = z.enum(["test", "prod"]);
const ZPurpose = z.enum(DELEGATION_PURPOSES).catch("portal");

/** GET ?environment=test|prod[&purpose=consentRequests]: the organisation's delegations to the portal, for any member. */
export const GET = jsonRoute(async (request, { params }: RouteContext<"/api/orgs/[orgNumber]/delegations">) => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  const { orgNumber } = await params;
  const { organisation } = await requireMembership({ db: db(), userId: user.id, orgNumber });
  const environment = ZEnvironment.safeParse(new URL(request.url).searchParams.get("environment"));
  if (!environment.success) throw validationError({ environment: ["invalid"] });
  const purpose = ZPurpose.parse(new URL(request.url).searchParams.get("purpose") ?? undefined);
  return checkDelegations({ environment: environment.data, organisation, purpose });
});
