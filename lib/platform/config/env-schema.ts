import { z } from "zod";
import { checkUpstreamKeys, upstreamEnvShape } from "./upstream-env-schema";

// Every variable the portal reads, parsed once at start-up. `.env.example` documents each one.
// Kept free of `server-only` so the start scripts and tests can use it too.
const url = z.url({ protocol: /^https?$/ });

const baseEnvShape = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection URL" }),
  NEXTAUTH_URL: url.default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }),
  OIDC_ISSUER: url,
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_SCOPES: z.string().default("openid profile"),
  /** The organisation operating the portal: its Maskinporten clients act for others as their supplier. */
  OPERATOR_ORG_NUMBER: z
    .string()
    .regex(/^\d{9}$/, { error: "must be a 9-digit organisation number" })
    .default("991825827"),
  OPERATOR_NAME: z.string().min(1).default("Digitaliseringsdirektoratet"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

/** The portal's own settings plus Maskinporten / Altinn / Brønnøysund for the test and prod environments. */
export const ZEnv = z.object({ ...baseEnvShape, ...upstreamEnvShape }).superRefine(checkUpstreamKeys);

export type TEnv = z.infer<typeof ZEnv>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses the environment; throws an EnvError naming every bad or missing variable (never its value). */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const missing = source[name] === undefined || source[name] === "";
    return missing ? `${name} is missing` : `${name} is invalid: ${issue.message}`;
  });
  throw new EnvError(problems);
}
