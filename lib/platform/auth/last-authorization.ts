import { z } from "zod";
import { ROLES } from "./roles";

// What the latest Ansattporten login said about whom the person may act for, kept on the user
// (`User.lastAuthorization`) so the diagnostics page can say exactly what is missing. Written at login
// (record-login.ts), read by app/(portal)/access. Null after an ID-porten login.

export const ZPartyOutcome = z.enum([
  /** The person represents the organisation in the portal with `role`. */
  "member",
  /** The organisation is not in the portal yet, and only a person with the admin right can set it up. */
  "notSetUp",
  /** The token named the organisation, but none of the portal's resources for it. */
  "noPortalRight",
]);

export const ZLastAuthorization = z.object({
  at: z.iso.datetime(),
  parties: z.array(
    z.object({
      orgNumber: z.string(),
      name: z.string(),
      /** The portal's resources the token named for this organisation (ids, without `urn:altinn:resource:`). */
      resources: z.array(z.string()),
      role: z.enum(ROLES).nullable(),
      outcome: ZPartyOutcome,
    }),
  ),
  /** Resources the token named that the portal does not know (an unknown right is ignored, never trusted). */
  unknownResources: z.array(z.string()),
});

export type TLastAuthorization = z.infer<typeof ZLastAuthorization>;
