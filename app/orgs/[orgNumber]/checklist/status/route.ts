import { z } from "zod";
import { verifyChecklist } from "@/lib/checklist/verify-checklist";
import { ZChecklistEnvironment } from "@/lib/checklist/schemas";
import { orgRoute } from "@/lib/http/safe-route";

/** GET ?environment=test|prod: the checklist's steps, verified live against the APIs, for any member. */
export const GET = orgRoute({ query: z.object({ environment: ZChecklistEnvironment }) }, ({ query, organisation }) =>
  verifyChecklist(organisation, query.environment),
);
