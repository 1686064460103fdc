import { platformRoute } from "@/lib/platform/http/safe-route";
import { checkUpstreamStatus } from "@/lib/upstream-status/check-upstream-status";

/** Platform administrators only; anyone else gets a 404, as for the page. */
export const GET = platformRoute({}, () => checkUpstreamStatus());
