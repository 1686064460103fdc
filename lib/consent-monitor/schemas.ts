import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { WEBHOOK_URL_MAX_LENGTH } from "./webhook-limits";

// Inputs of the consent monitor's actions; field messages are keys under `errors.fields`.

export const ZRegisterConsent = z.object({
  orgNumber: ZOrgNumber,
  requestId: z
    .string()
    .trim()
    .pipe(z.uuid({ message: "consentRequestId" })),
  environment: ZEnvironmentParam,
});
export type TRegisterConsent = z.input<typeof ZRegisterConsent>;

export const ZCheckConsentFeed = z.object({ orgNumber: ZOrgNumber, environment: ZEnvironmentParam });

export const ZSaveWebhook = z.object({
  orgNumber: ZOrgNumber,
  url: z
    .string()
    .trim()
    .min(1, { message: "required" })
    // `tooLong|max`: the message names the limit the form shows beside the field.
    .max(WEBHOOK_URL_MAX_LENGTH, { message: `tooLong|${WEBHOOK_URL_MAX_LENGTH}` }),
});
export type TSaveWebhook = z.input<typeof ZSaveWebhook>;

export const ZWebhookRef = z.object({ orgNumber: ZOrgNumber });

/** The list's filters, from the query string; anything unknown is no filter. */
export const ZConsentFilters = z.object({
  status: z.enum(["created", "accepted", "rejected", "revoked", "deleted", "expired"]).optional().catch(undefined),
  resource: z.string().trim().max(200).optional().catch(undefined),
  environment: ZEnvironmentParam.optional().catch(undefined),
});
export type TConsentFilters = z.output<typeof ZConsentFilters>;
