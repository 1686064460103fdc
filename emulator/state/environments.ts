/** The two Digdir/Altinn environments the emulator serves side by side, each with its own state and keys. */
export const ENVIRONMENTS = ["test", "prod"] as const;
export type EnvName = (typeof ENVIRONMENTS)[number];

export function isEnvName(value: string | undefined): value is EnvName {
  return value === "test" || value === "prod";
}
