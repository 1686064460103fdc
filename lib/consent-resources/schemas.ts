import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZConsentResourceDefinition } from "./resource-definition-schema";

/**
 * Saving a draft: the whole definition, and for an existing resource which one and which version the
 * editor started from (so a save over someone else's newer version is refused instead of lost).
 * Field errors come back as `definition.<field>`.
 */
export const ZSaveConsentResource = z.object({
  orgNumber: ZOrgNumber,
  resourceId: z.uuid({ message: "invalid" }).optional(),
  baseVersion: z.number().int().positive().optional(),
  definition: ZConsentResourceDefinition,
});
export type TSaveConsentResource = z.infer<typeof ZSaveConsentResource>;

export { DEFINITION_FIELD_PREFIX } from "./definition-values";
