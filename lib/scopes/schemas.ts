import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEditVersion, ZRequiredText, ZText } from "@/lib/platform/validation/form-fields";
import { ZInOrganisationEnvironment } from "@/lib/organisations/schemas";
import {
  INTEGRATION_TYPES,
  SCOPE_TEXT_LIMITS as LIMITS,
  TOKEN_LIFETIME_SECONDS,
  VISIBILITIES,
} from "./scope-field-values";

// The forms' choices live in scope-field-values.ts, free of zod, so a form can show them without loading zod.
export { DEFAULT_SCOPE_FIELDS, INTEGRATION_TYPES, TOKEN_LIFETIME_SECONDS, VISIBILITIES } from "./scope-field-values";

// Shared by the scope forms (react-hook-form's zodResolver) and the scope actions, so a scope is checked the same
// way before anything is sent and again on the server. Messages are keys under `errors.fields`.

/**
 * Maskinporten's subscope syntax (DOMAIN.md: lowercase letters, digits, `/` and `.` segments): segments of
 * lowercase letters and digits joined by `.` or `/`, no empty segment, e.g. `inntekt.read` or `skatt/v1.read`.
 */
export const SUBSCOPE_PATTERN = /^[a-z0-9]+(?:[./][a-z0-9]+)*$/;

export const ZSubscope = ZRequiredText(LIMITS.subscope)
  // The prefix is the organisation's, added by the portal; say so instead of a generic syntax error.
  .refine((value) => !value.includes(":"), { message: "subscopeWithPrefix" })
  .regex(SUBSCOPE_PATTERN, { message: "subscope" });

export const ZScopeFields = z.object({
  description: ZRequiredText(LIMITS.description),
  longDescription: ZText(LIMITS.longDescription),
  visibility: z.enum(VISIBILITIES, { message: "invalid" }),
  /** Seconds; null leaves Maskinporten's default. */
  tokenLifetimeSeconds: z
    .number({ message: "tokenLifetime" })
    .int({ message: "tokenLifetime" })
    .min(TOKEN_LIFETIME_SECONDS.min, { message: "tokenLifetime" })
    .max(TOKEN_LIFETIME_SECONDS.max, { message: "tokenLifetime" })
    .nullable(),
  allowedIntegrationTypes: z
    .array(z.enum(INTEGRATION_TYPES, { message: "invalid" }), { message: "integrationTypesMaskinporten" })
    .refine((types) => types.includes("maskinporten"), { message: "integrationTypesMaskinporten" })
    .transform((types) => [...new Set(types)]),
});
export type TScopeFields = z.output<typeof ZScopeFields>;

export const ZCreateScope = ZScopeFields.extend({ ...ZInOrganisationEnvironment, subscope: ZSubscope });
export type TCreateScopeInput = z.input<typeof ZCreateScope>;
export type TCreateScope = z.output<typeof ZCreateScope>;

/** Deactivating, and copying a test scope to production, name the scope only. */
export const ZScopeReference = z.object({ orgNumber: ZOrgNumber, scopeId: z.uuid({ message: "invalid" }) });
export type TScopeReference = z.infer<typeof ZScopeReference>;

export const ZUpdateScope = ZScopeFields.extend({ ...ZScopeReference.shape, version: ZEditVersion });
export type TUpdateScopeInput = z.input<typeof ZUpdateScope>;
export type TUpdateScope = z.output<typeof ZUpdateScope>;

/** The scope's own fields out of an action's input (which also names the organisation and the scope). */
export const scopeFieldsOf = (input: TScopeFields): TScopeFields => ({
  description: input.description,
  longDescription: input.longDescription,
  visibility: input.visibility,
  tokenLifetimeSeconds: input.tokenLifetimeSeconds,
  allowedIntegrationTypes: input.allowedIntegrationTypes,
});
