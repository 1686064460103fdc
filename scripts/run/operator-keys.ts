import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./local-env";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

export type TOperatorKey = { keyFile: string; jwksFile: string; kid: string };

/**
 * The portal operator's Maskinporten key for one environment, made once per checkout under
 * .data/keys: the private key for the portal, the public JWKS for the emulator to register.
 * In production the key comes from configuration instead (MASKINPORTEN_{ENV}_KEY[_FILE]).
 */
export function ensureOperatorKey(environment: TUpstreamEnvironment): TOperatorKey {
  const directory = path.join(ROOT, ".data", "keys");
  const keyFile = path.join(directory, `operator-${environment}.pem`);
  const jwksFile = path.join(directory, `operator-${environment}.jwks.json`);
  if (!existsSync(keyFile)) {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  }
  const publicJwk = createPublicKey(readFileSync(keyFile)).export({ format: "jwk" });
  const kid = `operator-${environment}-${createHash("sha256").update(String(publicJwk.n)).digest("hex").slice(0, 12)}`;
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicJwk, kid, alg: "RS256", use: "sig" }] }, null, 2));
  return { keyFile, jwksFile, kid };
}
