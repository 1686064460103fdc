import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";

// Shared by the consent scope forms and actions. Messages are keys under `errors.fields`.

export const ZRequestConsentScopes = z.object({ orgNumber: ZOrgNumber, environment: ZEnvironmentParam });

const REASON_MAX = 500;

export const ZDecideConsentScopeRequest = z
  .object({
    requestId: z.uuid({ message: "invalid" }),
    decision: z.enum(["grant", "refuse"], { message: "invalid" }),
    reason: z
      .string()
      .trim()
      .max(REASON_MAX, { message: `tooLong|${REASON_MAX}` }),
  })
  // The consumer must learn why: a refusal without a reason leaves them guessing what to fix.
  .refine((input) => input.decision === "grant" || input.reason.length > 0, {
    message: "refusalReason",
    path: ["reason"],
  });
export type TDecideConsentScopeRequestInput = z.input<typeof ZDecideConsentScopeRequest>;
