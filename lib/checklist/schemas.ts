import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { TERMS_VERSION } from "./terms-version";

// Shared by the attestation form (zodResolver) and its action. Messages are keys under `errors.fields`.

export { TERMS_VERSION } from "./terms-version";

export const ZAttestConnection = z.object({
  orgNumber: ZOrgNumber,
  environment: ZEnvironmentParam,
  termsVersion: z.literal(TERMS_VERSION, { message: "invalid" }),
  accepted: z.literal(true, { message: "attestationRequired" }),
});
export type TAttestConnectionInput = z.input<typeof ZAttestConnection>;
