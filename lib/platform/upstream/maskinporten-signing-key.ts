import "server-only";
import { readFile } from "node:fs/promises";
import { importJWK, importPKCS8, type CryptoKey, type JWK } from "jose";
import type { TMaskinportenKeySource } from "@/lib/platform/config/upstream-env-schema";

// Loads the portal's Maskinporten private key (PKCS#8 PEM or a private RSA JWK, inline or from a file) once per
// source. Errors name the variable that holds the key, never its contents.

const cache = new WeakMap<TMaskinportenKeySource, Promise<CryptoKey>>();

export class SigningKeyError extends Error {
  constructor(variable: string) {
    super(`${variable} does not hold a usable RS256 private key (PKCS#8 PEM or private RSA JWK)`);
    this.name = "SigningKeyError";
  }
}

async function load(source: TMaskinportenKeySource): Promise<CryptoKey> {
  let material: string;
  if (source.kind === "file") {
    try {
      material = await readFile(source.path, "utf8");
    } catch {
      throw new SigningKeyError(source.variable);
    }
  } else {
    material = source.kind === "pem" ? source.pem.reveal() : source.jwk.reveal();
  }
  try {
    const trimmed = material.trim();
    if (trimmed.startsWith("{")) {
      const jwk = JSON.parse(trimmed) as JWK;
      if (jwk.kty !== "RSA" || typeof jwk.d !== "string") throw new SigningKeyError(source.variable);
      return (await importJWK(jwk, "RS256")) as CryptoKey;
    }
    return await importPKCS8(trimmed, "RS256");
  } catch {
    // Deliberately drop the cause: parser errors may quote parts of the key.
    throw new SigningKeyError(source.variable);
  }
}

/** The imported key for a key source; failures are not cached so a fixed file is picked up on the next call. */
export function loadSigningKey(source: TMaskinportenKeySource): Promise<CryptoKey> {
  let pending = cache.get(source);
  if (!pending) {
    pending = load(source);
    cache.set(source, pending);
    pending.catch(() => cache.delete(source));
  }
  return pending;
}
