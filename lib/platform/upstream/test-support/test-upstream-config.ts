import { exportJWK, exportPKCS8, generateKeyPair, type JWK } from "jose";
import { type TUpstreamConfig, upstreamConfig, ZUpstreamEnv } from "@/lib/platform/config/upstream-env-schema";
import { UPSTREAM_ENVIRONMENTS, type TUpstreamEnvironment } from "@/lib/platform/environment";

// Configuration for tests: every upstream URL under one base (the emulator's layout) and a fresh RSA key.

export interface TestClientKey {
  pkcs8: string;
  publicJwk: JWK & { kid: string; alg: "RS256"; use: "sig" };
  kid: string;
}

export async function generateTestClientKey(kid = `test-${crypto.randomUUID()}`): Promise<TestClientKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256" as const, use: "sig" as const };
  return { pkcs8: await exportPKCS8(privateKey), publicJwk, kid };
}

/** Variables as the lead's local defaults would set them, with everything under `baseUrl` (emulator layout). */
export function testUpstreamEnv(baseUrl: string, key: TestClientKey, clientId = "portal-test-client") {
  const vars: Record<string, string> = {
    ORGANISATION_REGISTER_URL: `${baseUrl}/brreg/enhetsregisteret/api`,
    CONSENT_TEMPLATES_URL: `${baseUrl}/altinn-studio-docs/consent_templates.json`,
  };
  for (const env of UPSTREAM_ENVIRONMENTS) {
    const e = env.toUpperCase();
    Object.assign(vars, {
      [`MASKINPORTEN_${e}_TOKEN_URL`]: `${baseUrl}/${env}/maskinporten/token`,
      [`MASKINPORTEN_${e}_AUDIENCE`]: `${baseUrl}/${env}/maskinporten/`,
      [`MASKINPORTEN_${e}_JWKS_URL`]: `${baseUrl}/${env}/maskinporten/jwk`,
      [`MASKINPORTEN_${e}_ADMIN_API_URL`]: `${baseUrl}/${env}/maskinporten-admin/api/v1`,
      [`ALTINN_${e}_PLATFORM_URL`]: `${baseUrl}/${env}/platform`,
      [`MASKINPORTEN_${e}_CLIENT_ID`]: clientId,
      [`MASKINPORTEN_${e}_KID`]: key.kid,
      [`MASKINPORTEN_${e}_KEY`]: key.pkcs8,
    });
  }
  return vars;
}

export function testUpstreamConfig(baseUrl: string, key: TestClientKey, clientId?: string) {
  const values = ZUpstreamEnv.parse(testUpstreamEnv(baseUrl, key, clientId));
  const configs = { test: upstreamConfig(values, "test"), prod: upstreamConfig(values, "prod") };
  return (environment: TUpstreamEnvironment): TUpstreamConfig => configs[environment];
}
