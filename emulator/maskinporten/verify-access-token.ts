import { jwtVerify, type JWTPayload } from "jose";
import type { EnvName } from "../state/environments";
import { maskinportenSigningKey } from "./maskinporten-keys";

export interface MaskinportenCaller {
  /** The org the token acts for: `consumer.ID` without the `0192:` prefix. */
  orgNumber: string;
  /** With `consumer_org`, the client's own org acting for the consumer: `supplier.ID` without `0192:`. */
  supplierOrgNumber?: string;
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
  const supplier = organisationOf(payload.supplier);
  return {
    orgNumber: id.slice("0192:".length),
    ...(supplier ? { supplierOrgNumber: supplier } : {}),
    scopes,
    clientId,
    payload,
  };
}

/** The org number of a `consumer`/`supplier` claim `{authority: "iso6523-actorid-upis", ID: "0192:<orgnr>"}`. */
export function organisationOf(claim: unknown): string | undefined {
  if (typeof claim !== "object" || claim === null) return undefined;
  const { authority, ID } = claim as { authority?: unknown; ID?: unknown };
  if (authority !== "iso6523-actorid-upis" || typeof ID !== "string") return undefined;
  const [scheme, orgNumber, ...rest] = ID.split(":");
  return scheme && orgNumber && rest.length === 0 ? orgNumber : undefined;
}
