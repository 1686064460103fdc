import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/**
 * The upstream URL variables (upstream-env-schema.ts) of one environment, pointed at the emulator: Maskinporten and
 * Altinn under `/{environment}`, the organisation register and Altinn's template catalogue shared by both
 * (emulator/README.md). The one statement of that layout for the local defaults (scripts/run/local-env.ts) and tests.
 */
export function emulatorUpstreamEnv(emulator: string, environment: TUpstreamEnvironment): Record<string, string> {
  const E = environment.toUpperCase();
  const base = `${emulator}/${environment}`;
  return {
    [`MASKINPORTEN_${E}_TOKEN_URL`]: `${base}/maskinporten/token`,
    [`MASKINPORTEN_${E}_AUDIENCE`]: `${base}/maskinporten/`,
    [`MASKINPORTEN_${E}_JWKS_URL`]: `${base}/maskinporten/jwk`,
    [`MASKINPORTEN_${E}_ADMIN_API_URL`]: `${base}/maskinporten-admin/api/v1`,
    [`ALTINN_${E}_PLATFORM_URL`]: `${base}/platform`,
    ORGANISATION_REGISTER_URL: `${emulator}/brreg/enhetsregisteret/api`,
    // The emulator serves Altinn's template catalogue, so nothing is fetched from GitHub locally.
    CONSENT_TEMPLATES_URL: `${emulator}/altinn-studio-docs/consent_templates.json`,
  };
}
