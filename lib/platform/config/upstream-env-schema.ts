import { z } from "zod";
import { ENVIRONMENTS, fromUpstreamEnv, type TEnvironment, type TUpstreamEnvironment } from "../environment";

// Settings for the upstream APIs (Maskinporten, its admin API, Altinn, Brønnøysund), one set per environment
// (`test` and `prod`). Kept free of `server-only` so the start scripts can merge it into ZEnv. The Maskinporten key
// is a secret: no message produced here quotes it, and the parsed config wraps it in a `SecretValue`, so that a
// logged or serialised config object shows `[redacted]` instead.

/** Where Altinn and Altinn Studio read the consent templates ("temp location, will be moved to CDN", says Altinn). */
export const ALTINN_CONSENT_TEMPLATES_URL =
  "https://raw.githubusercontent.com/Altinn/altinn-studio-docs/master/content/authorization/architecture/resourceregistry/consent_templates.json";

const url = z.url({ protocol: /^https?$/ });
const nonEmpty = z.string().trim().min(1);

function environmentShape<E extends TEnvironment>(e: E) {
  return {
    [`MASKINPORTEN_${e}_TOKEN_URL`]: url,
    [`MASKINPORTEN_${e}_AUDIENCE`]: url,
    [`MASKINPORTEN_${e}_JWKS_URL`]: url,
    [`MASKINPORTEN_${e}_ADMIN_API_URL`]: url,
    [`ALTINN_${e}_PLATFORM_URL`]: url,
    [`MASKINPORTEN_${e}_CLIENT_ID`]: nonEmpty,
    [`MASKINPORTEN_${e}_KID`]: nonEmpty,
    // Exactly one of KEY and KEY_FILE; checked by `checkUpstreamKeys` below.
    [`MASKINPORTEN_${e}_KEY`]: z.string().optional(),
    [`MASKINPORTEN_${e}_KEY_FILE`]: nonEmpty.optional(),
  } as {
    [
      K in `MASKINPORTEN_${E}_${"TOKEN_URL" | "AUDIENCE" | "JWKS_URL" | "ADMIN_API_URL"}` | `ALTINN_${E}_PLATFORM_URL`
    ]: typeof url;
  } & { [K in `MASKINPORTEN_${E}_${"CLIENT_ID" | "KID"}`]: typeof nonEmpty } & {
    [K in `MASKINPORTEN_${E}_KEY`]: z.ZodOptional<z.ZodString>;
  } & { [K in `MASKINPORTEN_${E}_KEY_FILE`]: z.ZodOptional<typeof nonEmpty> };
}

/** The plain object shape, for merging into another z.object (then add `checkUpstreamKeys` as a superRefine). */
export const upstreamEnvShape = {
  ...environmentShape("TEST"),
  ...environmentShape("PROD"),
  ORGANISATION_REGISTER_URL: url,
  /**
   * Altinn's catalogue of consent templates: one file for test and production. Altinn reads it from this
   * address itself (altinn-authorization-tmp, AccessManagement.Integration/Clients/ResourceRegistryClient.cs,
   * GetConsentTemplates), and so does Altinn Studio (altinn-studio, Designer/Services/Implementation/
   * ResourceRegistryService.cs): the default is that same file.
   */
  CONSENT_TEMPLATES_URL: url.default(ALTINN_CONSENT_TEMPLATES_URL),
};

type TUpstreamEnvShapeValues = z.infer<z.ZodObject<typeof upstreamEnvShape>>;

/** Exactly one of MASKINPORTEN_{E}_KEY / _KEY_FILE, and an inline key must look like PEM PKCS#8 or a JWK. */
export function checkUpstreamKeys(values: TUpstreamEnvShapeValues, ctx: z.RefinementCtx): void {
  for (const e of ENVIRONMENTS) {
    const key = values[`MASKINPORTEN_${e}_KEY`];
    const file = values[`MASKINPORTEN_${e}_KEY_FILE`];
    const hasKey = key !== undefined && key.trim() !== "";
    if (hasKey === (file !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [`MASKINPORTEN_${e}_KEY`],
        message: `set exactly one of MASKINPORTEN_${e}_KEY and MASKINPORTEN_${e}_KEY_FILE`,
      });
    } else if (hasKey && describeInlineKey(key) === undefined) {
      // The message names the expected formats, never the value.
      ctx.addIssue({
        code: "custom",
        path: [`MASKINPORTEN_${e}_KEY`],
        message: "must be a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----) or a private RSA JWK as JSON",
      });
    }
  }
}

export const ZUpstreamEnv = z.object(upstreamEnvShape).superRefine(checkUpstreamKeys);
export type TUpstreamEnvValues = z.infer<typeof ZUpstreamEnv>;

function describeInlineKey(value: string): "pem" | "jwk" | undefined {
  const trimmed = value.trim();
  if (/^-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----$/.test(trimmed)) return "pem";
  if (trimmed.startsWith("{")) {
    try {
      const jwk = JSON.parse(trimmed) as Record<string, unknown>;
      if (jwk.kty === "RSA" && typeof jwk.d === "string") return "jwk";
    } catch {
      // fall through: not JSON
    }
  }
  return undefined;
}

/** Holds a secret so that logging, JSON serialisation and string conversion never reveal it. */
export class SecretValue {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return "[redacted]";
  }
  toString(): string {
    return "[redacted]";
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "[redacted]";
  }
}

export type TMaskinportenKeySource =
  | { kind: "pem"; pem: SecretValue; variable: string }
  | { kind: "jwk"; jwk: SecretValue; variable: string }
  | { kind: "file"; path: string; variable: string };

export interface TUpstreamConfig {
  environment: TUpstreamEnvironment;
  maskinporten: {
    tokenUrl: string;
    /** Maskinporten's issuer, the `aud` of our assertions (trailing slash matters). */
    audience: string;
    jwksUrl: string;
    adminApiUrl: string;
    clientId: string;
    kid: string;
    key: TMaskinportenKeySource;
  };
  altinn: {
    platformUrl: string;
    resourceRegistryUrl: string;
    exchangeUrl: string;
    consentRequestsUrl: string;
  };
  organisationRegisterUrl: string;
  /** The consent template catalogue (`consent_templates.json`), the same for both environments. */
  consentTemplatesUrl: string;
}

const trimSlash = (value: string) => value.replace(/\/+$/, "");

/** The typed settings for one environment, with the Altinn service URLs derived from the platform URL. */
export function upstreamConfig(env: TUpstreamEnvValues, environment: TUpstreamEnvironment): TUpstreamConfig {
  const e = fromUpstreamEnv(environment);
  const platform = trimSlash(env[`ALTINN_${e}_PLATFORM_URL`]);
  const inline = env[`MASKINPORTEN_${e}_KEY`];
  const file = env[`MASKINPORTEN_${e}_KEY_FILE`];
  let key: TMaskinportenKeySource;
  if (inline !== undefined && inline.trim() !== "") {
    const variable = `MASKINPORTEN_${e}_KEY`;
    key =
      describeInlineKey(inline) === "jwk"
        ? { kind: "jwk", jwk: new SecretValue(inline.trim()), variable }
        : { kind: "pem", pem: new SecretValue(inline.trim()), variable };
  } else if (file !== undefined) {
    key = { kind: "file", path: file, variable: `MASKINPORTEN_${e}_KEY_FILE` };
  } else {
    throw new Error(`Set exactly one of MASKINPORTEN_${e}_KEY and MASKINPORTEN_${e}_KEY_FILE`);
  }
  return {
    environment,
    maskinporten: {
      tokenUrl: env[`MASKINPORTEN_${e}_TOKEN_URL`],
      audience: env[`MASKINPORTEN_${e}_AUDIENCE`],
      jwksUrl: env[`MASKINPORTEN_${e}_JWKS_URL`],
      adminApiUrl: trimSlash(env[`MASKINPORTEN_${e}_ADMIN_API_URL`]),
      clientId: env[`MASKINPORTEN_${e}_CLIENT_ID`],
      kid: env[`MASKINPORTEN_${e}_KID`],
      key,
    },
    altinn: {
      platformUrl: platform,
      resourceRegistryUrl: `${platform}/resourceregistry/api/v1`,
      exchangeUrl: `${platform}/authentication/api/v1/exchange/maskinporten`,
      consentRequestsUrl: `${platform}/accessmanagement/api/v1/enterprise/consentrequests`,
    },
    organisationRegisterUrl: trimSlash(env.ORGANISATION_REGISTER_URL),
    consentTemplatesUrl: env.CONSENT_TEMPLATES_URL,
  };
}
