import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { CLIENT_LIMITS } from "./client-field-limits";
import { ZPublicJwk } from "./public-jwk";
import { ZEditVersion, ZRequiredText, ZText } from "@/lib/platform/validation/form-fields";
import { ZInOrganisationEnvironment } from "@/lib/organisations/schemas";

// Shared by the client forms (zodResolver) and the client actions. Messages are keys under `errors.fields`.

/** The consent API scopes Digdir delegates to consumers; every consumer client may ask for them. */
export const CONSENT_API_SCOPES = ["altinn:consentrequests.read", "altinn:consentrequests.write"] as const;

/** `prefix:subscope` (DOMAIN.md: lowercase letters, digits, `/` and `.` segments). */
export const SCOPE_NAME_PATTERN = /^[a-z0-9]+:[a-z0-9]+(?:[./][a-z0-9]+)*$/;

const LIMITS = CLIENT_LIMITS;

export const ZClientFields = z.object({
  name: ZRequiredText(LIMITS.name),
  description: ZText(LIMITS.description),
  scopes: z
    .array(z.string().trim().regex(SCOPE_NAME_PATTERN, { message: "scopeNameSyntax" }), { message: "invalid" })
    .max(LIMITS.scopes, { message: "invalid" })
    .transform((scopes) => [...new Set(scopes)]),
});

export const ZCreateClient = ZClientFields.extend({
  ...ZInOrganisationEnvironment,
  /** The public half only: the private key stays in the browser that made it. */
  publicJwk: ZPublicJwk,
});
export type TCreateClientInput = z.input<typeof ZCreateClient>;
export type TCreateClient = z.output<typeof ZCreateClient>;

export const ZClientReference = z.object({ orgNumber: ZOrgNumber, clientId: z.uuid({ message: "invalid" }) });

export const ZUpdateClient = ZClientFields.extend({ ...ZClientReference.shape, version: ZEditVersion });
export type TUpdateClientInput = z.input<typeof ZUpdateClient>;

export const ZAddClientKey = ZClientReference.extend({ publicJwk: ZPublicJwk });
export const ZRemoveClientKey = ZClientReference.extend({ kid: z.string().min(1, { message: "required" }) });
