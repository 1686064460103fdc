import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironment } from "@/lib/platform/environment";

// Shared by the request and decision forms (zodResolver) and the access-request actions. Messages are
// keys under `errors.fields`.

export const ACCESS_REQUEST_STATUSES = [
  "SUBMITTED",
  "APPROVED",
  "DENIED",
  "PROVISIONING",
  "ACTIVE",
  "FAILED",
  "REVOKED",
] as const;
export const ZAccessRequestStatus = z.enum(ACCESS_REQUEST_STATUSES);

const MESSAGE_MAX = 2000;
const REASON_MAX = 1000;

export const ZCreateAccessRequest = z.object({
  orgNumber: ZOrgNumber,
  environment: ZEnvironment,
  resourceId: z.string().uuid({ message: "accessRequestResource" }),
  message: z
    .string()
    .trim()
    .min(1, { message: "required" })
    .max(MESSAGE_MAX, { message: `tooLong|${MESSAGE_MAX}` }),
});
export type TCreateAccessRequestInput = z.input<typeof ZCreateAccessRequest>;

const ZReason = z
  .string()
  .trim()
  .max(REASON_MAX, { message: `tooLong|${REASON_MAX}` });

/** A denial must say why (the consumer sees it); an approval may. */
export const ZDecideAccessRequest = z
  .object({
    orgNumber: ZOrgNumber,
    requestId: z.string().uuid({ message: "invalid" }),
    decision: z.enum(["approve", "deny"], { message: "invalid" }),
    reason: ZReason,
  })
  .refine((input) => input.decision === "approve" || input.reason.length > 0, {
    path: ["reason"],
    message: "denialReasonRequired",
  });
export type TDecideAccessRequestInput = z.input<typeof ZDecideAccessRequest>;

export const ZRevokeAccessRequest = z.object({
  orgNumber: ZOrgNumber,
  requestId: z.string().uuid({ message: "invalid" }),
  reason: ZReason.min(1, { message: "required" }),
});
export type TRevokeAccessRequestInput = z.input<typeof ZRevokeAccessRequest>;

/** The key that keeps one open request per consumer, resource and environment (AccessRequest.openKey). */
export const openKeyOf = (consumerOrganisationId: string, resourceId: string, environment: string) =>
  `${consumerOrganisationId}:${resourceId}:${environment}`;
