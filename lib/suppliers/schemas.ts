import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";

// Inputs of the suppliers page: the consumer names (or removes) a supplier by organisation number.

export const ZSupplierChange = z
  .object({ orgNumber: ZOrgNumber, supplierOrgNumber: ZOrgNumber })
  .refine((input) => input.orgNumber !== input.supplierOrgNumber, {
    path: ["supplierOrgNumber"],
    message: "supplierIsSelf",
  });
export type TSupplierChange = z.input<typeof ZSupplierChange>;

/**
 * The MaskinportenSchema resources behind the consent API scopes (`altinn:consentrequests.write|read`), delegated
 * together so the supplier can both create requests and fetch consent tokens for the consumer. Their Altinn refIds
 * are not published in Altinn's source; these are the emulator's (emulator/accessmanagement/maskinporten-schema-resources.ts).
 */
export const CONSENT_API_RESOURCES = ["altinn-consentrequests-write", "altinn-consentrequests-read"] as const;
