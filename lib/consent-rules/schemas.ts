import { z } from "zod";
import { ACCESS_LIST_MODES } from "@/lib/consent-resources/resource-definition-schema";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";

// The editor's "Try it": the rules as edited (saved or not) and who to try them for.

export const ZConsentRules = z.object({
  accessListMode: z.enum(ACCESS_LIST_MODES),
  approverRoles: z.array(z.string().trim().toLowerCase()).max(100),
  approverAccessPackages: z.array(z.string().trim().toLowerCase()).max(300),
});
export type TConsentRules = z.output<typeof ZConsentRules>;

export const ZTrySubject = z.discriminatedUnion("kind", [
  /** An organisation asking for consent (Maskinporten caller). */
  z.object({ kind: z.literal("requester"), orgNumber: ZOrgNumber }),
  /** A person who would approve, holding one role or one access package for the party. */
  z.object({
    kind: z.literal("approver"),
    role: z.string().trim().toLowerCase().max(40).optional(),
    accessPackage: z.string().trim().toLowerCase().max(120).optional(),
  }),
]);
export type TTrySubject = z.output<typeof ZTrySubject>;

export const ZTryConsentRules = z.object({
  orgNumber: ZOrgNumber,
  resourceId: z.uuid(),
  environment: ZEnvironmentParam,
  rules: ZConsentRules,
  subject: ZTrySubject,
});
export type TTryConsentRulesInput = z.input<typeof ZTryConsentRules>;
