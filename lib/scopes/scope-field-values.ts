import type { z } from "zod";
import type { ZScopeFields } from "./schemas";

// A scope's choices and defaults, without zod: the scope forms show them on first render and load the schemas
// (schemas.ts, which re-exports these) only when a form is checked (components/forms/lazy-zod-resolver.ts).

export const VISIBILITIES = ["PUBLIC", "PRIVATE"] as const;

/**
 * Integration types a scope may be used from, as Maskinporten's admin API names them (Digdir's scope model:
 * `allowed_integration_types`). Consent tokens are Maskinporten tokens, so `maskinporten` must stay chosen.
 */
export const INTEGRATION_TYPES = ["maskinporten", "api_klient", "idporten", "krr"] as const;

/**
 * `at_max_age` (seconds). Digdir documents it only as the longest `expires_in` a token with the scope may get,
 * without bounds, and Maskinporten's default token lifetime is 120 s. We allow 120 s (the default, so a value never
 * shortens tokens below what clients already expect) up to 2 hours, a conservative ceiling for bearer tokens
 * that carry a citizen's consent. Empty means Maskinporten's default.
 */
/** The longest texts a scope's fields take (checked by schemas.ts, shown beside the fields by the forms). */
export const SCOPE_TEXT_LIMITS = { subscope: 200, description: 500, longDescription: 5000 } as const;

export const TOKEN_LIFETIME_SECONDS = { min: 120, max: 7200 } as const;

export const DEFAULT_SCOPE_FIELDS: z.input<typeof ZScopeFields> = {
  description: "",
  longDescription: "",
  visibility: "PUBLIC",
  tokenLifetimeSeconds: null,
  allowedIntegrationTypes: ["maskinporten"],
};
