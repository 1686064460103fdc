import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";
import type { EnvName } from "../state/environments";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as published in the JWKS (with kid, alg and use). */
  publicJwk: JWK;
}

/**
 * One RS256 signing key per environment, generated on first use and kept for the process's lifetime:
 * `/_emulator/reset` does not rotate keys, so tokens and cached JWKS stay valid across resets.
 * Separate rings (Maskinporten, Altinn) mean a token of one service never verifies as the other's.
 */
export function createKeyRing(label: string): (env: EnvName) => Promise<SigningKey> {
  const keys = new Map<EnvName, Promise<SigningKey>>();
  return (env) => {
    let key = keys.get(env);
    if (!key) {
      key = generate(`${label}-${env}`);
      keys.set(env, key);
    }
    return key;
  };
}

async function generate(prefix: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { modulusLength: 2048 });
  const kid = `${prefix}-${randomUUID()}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, publicKey, publicJwk };
}
