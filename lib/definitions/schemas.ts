import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/platform/http/body-limits";

/**
 * The page's plan and apply: a document as pasted or uploaded, for one environment. Its size is the server actions'
 * body limit (larger documents go through the HTTP API, whose limit is MAX_DEFINITIONS_LENGTH).
 */
export const ZDefinitionsText = z.object({
  orgNumber: ZOrgNumber,
  environment: ZEnvironmentParam,
  text: z.string().max(ACTION_BODY_LIMIT_BYTES, { message: `tooLong|${ACTION_BODY_LIMIT_BYTES}` }),
});
export type TDefinitionsText = z.infer<typeof ZDefinitionsText>;
