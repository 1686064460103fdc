import { type TEnvironment, toUpstreamEnv } from "@/lib/platform/environment";
// How a scope is named, and how its upstream changes find it. Kept in one place: the list reads a scope's sync state
// from the latest UpstreamChange with exactly this target, so writer and reader must agree.

/** A Maskinporten scope's full name: always the organisation's prefix, never one the user chose. */
export const scopeName = (prefix: string, subscope: string) => `${prefix}:${subscope}`;

export const SCOPE_TARGET_TYPE = "scope";

/** The UpstreamChange target of a scope: `{environment}:{name}`, e.g. `test:skd:inntekt.read`. */
export function scopeChangeTarget(environment: TEnvironment, name: string): { targetType: string; targetId: string } {
  return { targetType: SCOPE_TARGET_TYPE, targetId: `${toUpstreamEnv(environment)}:${name}` };
}
