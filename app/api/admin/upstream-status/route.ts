import { getSessionUser } from "@/lib/auth/get-session-user";
import { notFound, unauthenticated } from "@/lib/errors/app-error";
import { jsonRoute } from "@/lib/http/json-route";
import { checkUpstreamStatus } from "@/lib/upstream-status/check-upstream-status";

/** Platform administrators only; anyone else gets a 404, as for the page. */
export const GET = jsonRoute(async () => {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  if (!user.isPlatformAdmin) throw notFound();
  return checkUpstreamStatus();
});
