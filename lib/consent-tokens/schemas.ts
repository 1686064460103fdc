import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { decodeConsentToken } from "./decode-consent-token";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";

// Shared by the validator form (zodResolver) and its route handler. Messages are keys under `errors.fields`.

/** Maskinporten tokens with consent details are a few kB; far above that is not a token but a paste gone wrong. */
const MAX_TOKEN_LENGTH = 32_000;

export const ZConsentToken = z
  .string()
  .min(1, { message: "required" })
  .max(MAX_TOKEN_LENGTH, { message: "consentTokenTooLong" })
  .superRefine((value, ctx) => {
    if (value.trim() === "") return ctx.addIssue({ code: "custom", message: "required" });
    const decoded = decodeConsentToken(value);
    if (!decoded.ok) ctx.addIssue({ code: "custom", message: decoded.problem });
  });

export const ZCheckConsentToken = z.object({
  orgNumber: ZOrgNumber,
  environment: z.enum(UPSTREAM_ENVIRONMENTS, { message: "invalid" }),
  resourceIdentifier: z.string().trim().min(1, { message: "consentResourceRequired" }),
  token: ZConsentToken,
  /**
   * Require one of the resource's scopes in the token. Off by default: real consent tokens, and the integration kit's
   * "Try it in test", carry the consumer's `altinn:consentrequests.*` scope, not the owner's.
   */
  requireScope: z.boolean().optional(),
  /** Values the owner's API would expect per declared metadata key; empty means "do not compare". */
  expectedMetadata: z.record(z.string().regex(/^[a-z]+$/), z.string().trim().max(500, { message: "invalid" })),
});
export type TCheckConsentToken = z.infer<typeof ZCheckConsentToken>;
