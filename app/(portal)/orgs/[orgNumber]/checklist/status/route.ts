import { z } from "zod";
import { verifyChecklist } from "@/lib/checklist/verify-checklist";
import { orgRoute } from "@/lib/platform/http/safe-route";
import { ZEnvironmentParam } from "@/lib/platform/environment";

/** GET ?environment=test|prod: the checklist's steps, verified live against the APIs, for any member. */
export const GET = orgRoute(
  { query: z.object({ environment: ZEnvironmentParam }), rateLimit: "liveChecks" },
  ({ query, organisation }) => verifyChecklist(organisation, query.environment),
);
