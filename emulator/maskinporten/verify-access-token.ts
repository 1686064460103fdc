import { jwtVerify, type JWTPayload } from "jose";
import type { EnvName } from "../state/environments";
import { maskinportenSigningKey } from "./maskinporten-keys";

export interface MaskinportenCaller {
  /** The org the token acts for: `consumer.ID` without the `0192:` prefix. */
  orgNumber: string;
  scopes: string[];
  clientId: string;
  payload: JWTPayload & Record<string, unknown>;
}

/**
 * Checks a Bearer access token issued by this environment's Maskinporten (signature and exp).
 * Returns `{ error }` otherwise, so each API can answer in its own error shape.
 */
export async function verifyMaskinportenToken(
  authorization: string | undefined,
  env: EnvName,
): Promise<MaskinportenCaller | { error: string }> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1]) return { error: "A Maskinporten access token is required (Authorization: Bearer ...)" };
  const key = await maskinportenSigningKey(env);
  let payload: JWTPayload & Record<string, unknown>;
  try {
    ({ payload } = (await jwtVerify(match[1], key.publicKey, { algorithms: ["RS256"] })) as {
      payload: JWTPayload & Record<string, unknown>;
    });
  } catch (error) {
    return { error: `Invalid Maskinporten token: ${error instanceof Error ? error.message : "verification failed"}` };
  }
  const consumer = payload.consumer as { ID?: unknown } | undefined;
  const id = typeof consumer?.ID === "string" ? consumer.ID : "";
  const clientId = payload.client_id;
  if (!id.startsWith("0192:") || typeof clientId !== "string") {
    return { error: "The token carries no consumer.ID or client_id" };
  }
  const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
  return { orgNumber: id.slice("0192:".length), scopes, clientId, payload };
}
