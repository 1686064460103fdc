import { getSessionUser } from "@/lib/auth/get-session-user";
import { verifyChecklist } from "@/lib/checklist/verify-checklist";
import { ZChecklistEnvironment } from "@/lib/checklist/schemas";
import { db } from "@/lib/db/prisma";
import { unauthenticated, validationError } from "@/lib/errors/app-error";
import { jsonRoute } from "@/lib/http/json-route";
import { requireMembership } from "@/lib/organisations/require-membership";

/** GET ?environment=test|prod: the checklist's steps, verified live against the APIs, for any member. */
export const GET = jsonRoute(async (request, { params }: RouteContext<"/orgs/[orgNumber]/checklist/status">) => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  const { orgNumber } = await params;
  const { organisation } = await requireMembership({ db: db(), userId: user.id, orgNumber });
  const environment = ZChecklistEnvironment.safeParse(new URL(request.url).searchParams.get("environment"));
  if (!environment.success) throw validationError({ environment: ["invalid"] });
  return verifyChecklist(organisation, environment.data);
});
