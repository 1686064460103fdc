import { z } from "zod";
import { ZConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";

// What a registry change carries: everything the handler needs, so a retry sends the same thing
// even if the draft changed meanwhile.

export const ZResourceOwner = z.object({ orgNumber: z.string(), orgCode: z.string(), name: z.string() });

export const ZPublishPayload = z.object({
  actingFor: z.string(),
  owner: ZResourceOwner,
  version: z.number().int().positive(),
  definition: ZConsentResourceDefinition,
});
export type TPublishPayload = z.infer<typeof ZPublishPayload>;

export const ZDeletePayload = z.object({ actingFor: z.string(), identifier: z.string() });
export type TDeletePayload = z.infer<typeof ZDeletePayload>;

/** The UpstreamChange target of every registry change of a consent resource. */
export const RESOURCE_TARGET_TYPE = "consent-resource";
