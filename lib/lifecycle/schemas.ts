import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { STATUS_CHANGES } from "./status-transitions";

export const ZChangeResourceStatus = z.object({
  orgNumber: ZOrgNumber,
  identifier: z.string().trim().min(1, { message: "required" }),
  status: z.enum(STATUS_CHANGES),
  /** The latest version the page showed: a status change on top of a newer save is refused as stale. */
  baseVersion: z.coerce.number().int().positive({ message: "invalid" }),
});
export type TChangeResourceStatus = z.infer<typeof ZChangeResourceStatus>;
