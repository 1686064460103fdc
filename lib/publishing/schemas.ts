import { ENVIRONMENTS } from "@/lib/platform/environment";
import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";

const ZTarget = z.object({
  orgNumber: ZOrgNumber,
  identifier: z.string().trim().min(1, { message: "required" }),
  environment: z.enum(ENVIRONMENTS),
});

export const ZPublishConsentResource = ZTarget.extend({
  version: z.coerce.number().int().positive({ message: "invalid" }),
});
export type TPublishConsentResource = z.infer<typeof ZPublishConsentResource>;

export const ZWithdrawConsentResource = ZTarget;
export type TWithdrawConsentResource = z.infer<typeof ZWithdrawConsentResource>;

/** Only test resources can be deleted: production keeps withdrawn resources (consents refer to them). */
export const ZDeleteTestConsentResource = ZTarget.omit({ environment: true });
export type TDeleteTestConsentResource = z.infer<typeof ZDeleteTestConsentResource>;
