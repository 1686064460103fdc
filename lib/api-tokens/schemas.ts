import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ENVIRONMENTS } from "@/lib/platform/environment";

// Inputs of the API token actions, shared by the form and the server; field messages are keys under `errors.fields`.

export const API_TOKEN_SCOPES = ["PLAN", "APPLY"] as const;
export type TApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** How long a new token lives; `none` until revoked. */
export const API_TOKEN_LIFETIMES = ["30", "90", "365", "none"] as const;

export const ZCreateApiToken = z.object({
  orgNumber: ZOrgNumber,
  name: z.string().trim().min(1, { message: "required" }).max(100, { message: "tooLong|100" }),
  scope: z.enum(API_TOKEN_SCOPES, { message: "invalid" }),
  environments: z
    .array(z.enum(ENVIRONMENTS, { message: "invalid" }))
    .min(1, { message: "apiTokenEnvironments" })
    .max(ENVIRONMENTS.length)
    .transform((environments) => [...new Set(environments)]),
  lifetimeDays: z.enum(API_TOKEN_LIFETIMES, { message: "invalid" }),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ orgNumber: ZOrgNumber, tokenId: z.uuid({ message: "invalid" }) });
