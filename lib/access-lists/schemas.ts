import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEditVersion, ZRequiredText, ZText } from "@/lib/platform/validation/form-fields";
import { ZInOrganisationEnvironment } from "@/lib/organisations/schemas";
import { ACCESS_LIST_LIMITS } from "./access-list-limits";

// Shared by the access-list forms (zodResolver) and actions. Messages are keys under `errors.fields`.

/** The registry's list id under the owner's org code: like a resource identifier (lowercase, digits, - and _). */
export const ACCESS_LIST_IDENTIFIER_PATTERN = new RegExp(`^[a-z0-9_-]{4,${ACCESS_LIST_LIMITS.identifier}}$`);

const ZListFields = {
  name: ZRequiredText(ACCESS_LIST_LIMITS.name),
  description: ZText(ACCESS_LIST_LIMITS.description),
};

export const ZCreateAccessList = z.object({
  ...ZInOrganisationEnvironment,
  identifier: z.string().trim().regex(ACCESS_LIST_IDENTIFIER_PATTERN, { message: "accessListIdentifier" }),
  ...ZListFields,
});
export type TCreateAccessListInput = z.input<typeof ZCreateAccessList>;

export const ZAccessListReference = z.object({ orgNumber: ZOrgNumber, accessListId: z.uuid({ message: "invalid" }) });

export const ZUpdateAccessList = ZAccessListReference.extend({ ...ZListFields, version: ZEditVersion });
export type TUpdateAccessListInput = z.input<typeof ZUpdateAccessList>;

export const ZAddMember = ZAccessListReference.extend({ memberOrgNumber: ZOrgNumber });
export type TAddMemberInput = z.input<typeof ZAddMember>;

export const ZRemoveMember = ZAccessListReference.extend({ memberOrgNumber: z.string().regex(/^\d{9}$/) });

/** Pasted or uploaded CSV; parsed and validated line by line on the server too (parse-org-number-csv.ts). */
export const ZImportMembers = ZAccessListReference.extend({
  csv: z.string().max(1_000_000, { message: "tooLong|1000000" }),
});

export const ZResourceLink = ZAccessListReference.extend({ resourceId: z.uuid({ message: "required" }) });
