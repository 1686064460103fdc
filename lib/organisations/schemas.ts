import { z } from "zod";
import { isValidNationalIdentityNumber } from "@/lib/validation/national-identity-number";
import { isValidOrganisationNumber } from "@/lib/validation/organisation-number";
import { ROLES } from "./roles";

// Shared by the forms (react-hook-form's zodResolver) and the server actions. Messages are keys
// under `errors.fields` in the message files.
export const ZOrgNumber = z
  .string()
  .trim()
  .refine(isValidOrganisationNumber, { message: "organisationNumber" });

export const ZNationalIdentityNumber = z
  .string()
  .trim()
  .regex(/^\d{11}$/, { message: "nationalIdentityNumberFormat" })
  .refine(isValidNationalIdentityNumber, { message: "nationalIdentityNumberChecksum" });

export const ZRole = z.enum(ROLES, { message: "role" });

export const ZAddMember = z.object({
  orgNumber: ZOrgNumber,
  nationalIdentityNumber: ZNationalIdentityNumber,
  role: ZRole,
});
export type TAddMember = z.infer<typeof ZAddMember>;

export const ZChangeMemberRole = z.object({
  orgNumber: ZOrgNumber,
  membershipId: z.uuid({ message: "invalid" }),
  role: ZRole,
});
export type TChangeMemberRole = z.infer<typeof ZChangeMemberRole>;

export const ZRemoveMember = z.object({
  orgNumber: ZOrgNumber,
  membershipId: z.uuid({ message: "invalid" }),
});
export type TRemoveMember = z.infer<typeof ZRemoveMember>;
