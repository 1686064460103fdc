import type { EnvironmentVariables } from "../route-group";

/**
 * Settings of the emulated consent API, read once at start:
 * - EMULATOR_CONSENT_EVENTS_LAG_MS: the events feed only shows events older than this (Altinn: PostgreSQLSettings
 *   ConsentEventsSafetyLag = 300 s in Altinn/altinn-authorization-tmp .../Persistence/Configuration/PostgreSQLSettings.cs;
 *   Altinn's own tests set it to 0);
 * - EMULATOR_CONSENT_EVENTS_PAGE_SIZE: events per page (Altinn: ConsentSettings.EventsPageSize = 100,
 *   .../Core/Configuration/ConsentSettings.cs). Like Altinn, a size outside 1..1000 is not refused at start: every
 *   feed request then answers AM.VLD-00050.
 */
export interface ConsentSettings {
  eventsLagMs: number;
  eventsPageSize: number;
}

function integer(env: EnvironmentVariables, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
}

export function consentSettings(env: EnvironmentVariables): ConsentSettings {
  return {
    eventsLagMs: integer(env, "EMULATOR_CONSENT_EVENTS_LAG_MS", 300_000, 0),
    eventsPageSize: integer(env, "EMULATOR_CONSENT_EVENTS_PAGE_SIZE", 100, Number.MIN_SAFE_INTEGER),
  };
}
