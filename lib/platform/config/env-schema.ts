import { z } from "zod";
import { checkUpstreamKeys, upstreamEnvShape } from "./upstream-env-schema";

// Every variable the portal reads, parsed once at start-up. `.env.example` documents each one.
// Kept free of `server-only` so the start scripts and tests can use it too.
const url = z.url({ protocol: /^https?$/ });
const perMinute = z.coerce.number().int().min(1, { error: "must be a whole number of requests, at least 1" });

const baseEnvShape = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection URL" }),
  NEXTAUTH_URL: url.default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }),
  OIDC_ISSUER: url,
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_SCOPES: z.string().default("openid profile"),
  /**
   * Which login the issuer is: `ansattporten` (who may act for an organisation comes from Altinn, in the token's
   * `authorization_details`) or `idporten` (a person only; memberships are managed in the portal).
   */
  LOGIN_PROVIDER: z.enum(["ansattporten", "idporten"]).default("ansattporten"),
  /**
   * The ID-porten a person connects for Altinn's end-user APIs (the supplier page) after an Ansattporten login, whose
   * tokens Altinn does not exchange (docs/ANSATTPORTEN.md): test.idporten.no for Altinn's test environment. Unset: the
   * login's own issuer with LOGIN_PROVIDER=idporten, else the portal offers no such connection.
   */
  ALTINN_IDPORTEN_ISSUER: url.optional(),
  /** Its client, with redirect URI {NEXTAUTH_URL}/api/altinn-idporten/callback; unset: OIDC_CLIENT_ID / _SECRET. */
  ALTINN_IDPORTEN_CLIENT_ID: z.string().min(1).optional(),
  ALTINN_IDPORTEN_CLIENT_SECRET: z.string().min(1).optional(),
  /** The portal's own Altinn resources, one per role (Ansattporten's `ansattporten:altinn:resource` names no actions). */
  ANSATTPORTEN_RESOURCE_ADMIN: z.string().min(1).default("urn:altinn:resource:consent-portal-admin"),
  ANSATTPORTEN_RESOURCE_WRITE: z.string().min(1).default("urn:altinn:resource:consent-portal-write"),
  ANSATTPORTEN_RESOURCE_READ: z.string().min(1).default("urn:altinn:resource:consent-portal-read"),
  /**
   * Altinn's list of service owners (org code, organisation number, names), read when an organisation is set up at its
   * first admin login to give it its org code. Altinn's own services read the same file (Altinn/altinn-resource-registry,
   * src/Altinn.ResourceRegistry/appsettings.json, `OrgListEndpoint`).
   */
  ALTINN_ORGS_URL: url.default("https://altinncdn.no/orgs/altinn-orgs.json"),
  /** The operator's platform administrators, by national identity number (comma-separated); never self-declared. */
  PLATFORM_ADMIN_PIDS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((pid) => pid.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^\d{11}$/, { error: "must be 11-digit national identity numbers" }))),
  /** The organisation operating the portal: its Maskinporten clients act for others as their supplier. */
  OPERATOR_ORG_NUMBER: z
    .string()
    .regex(/^\d{9}$/, { error: "must be a 9-digit organisation number" })
    .default("991825827"),
  OPERATOR_NAME: z.string().min(1).default("Digitaliseringsdirektoratet"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Rate limits (lib/platform/rate-limit/), requests per minute; generous, so only abuse meets them.
  RATE_LIMIT_LOGIN_PER_MINUTE: perMinute.default(60),
  RATE_LIMIT_VALIDATOR_PER_MINUTE: perMinute.default(300),
  RATE_LIMIT_LIVE_CHECKS_PER_MINUTE: perMinute.default(600),
  RATE_LIMIT_CATALOG_SEARCH_PER_MINUTE: perMinute.default(300),
  /** Proxies that append to X-Forwarded-For, counting Next.js itself when nothing is in front: the client is that entry from the right. */
  RATE_LIMIT_FORWARDED_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** A production change needs a login (the IdP's auth_time) no older than this; older: log in again (step-up). */
  PRODUCTION_LOGIN_MAX_AGE_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
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
