import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";

// What the promote form sends: the keys of the objects to bring from test to production (promotion-keys.ts).

/** `scope:{name}`, `list:{identifier}`, `connection:{list}>{resource}` or `resource:{identifier}`. */
export const PROMOTION_KEY_PATTERN =
  /^(scope:[a-z0-9:./_-]{1,200}|list:[a-z0-9_-]{1,100}|connection:[a-z0-9_-]{1,100}>[a-z0-9_-]{1,100}|resource:[a-z0-9_-]{1,100})$/;

export const ZPromoteToProduction = z.object({
  orgNumber: ZOrgNumber,
  objects: z
    .array(z.string().regex(PROMOTION_KEY_PATTERN, { message: "invalid" }))
    .min(1, { message: "required" })
    .max(500, { message: "tooLong" }),
});
export type TPromoteToProductionInput = z.input<typeof ZPromoteToProduction>;
