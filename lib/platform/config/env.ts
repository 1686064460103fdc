import "server-only";
import { parseEnv, type TEnv } from "./env-schema";

let cached: TEnv | undefined;

/** The parsed configuration; parsed on first use (instrumentation.ts calls it at server start). */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
