import type { IncomingMessage } from "node:http";
import { jwtVerify, type JWTPayload } from "jose";
import { ProblemError } from "../problem";
import type { EnvName } from "../state/environments";
import { ALTINN_AUTHENTICATION_PREFIX, altinnSigningKey } from "./altinn-keys";

/** Who called an Altinn platform API, read from the exchanged Altinn token. */
export interface AltinnCaller {
  /** The organisation the token acts for (the consumer; with a supplier, the org it acts on behalf of). */
  orgNumber: string;
  /** Altinn org code (e.g. "skd") when the organisation is a service owner with one. */
  orgCode?: string;
  scopes: string[];
  clientId: string;
}

/**
 * Authenticates a call to an emulated Altinn platform API (Resource Registry, consent requests) the way the
 * real platform does: an Altinn token from the exchange endpoint, signed with this environment's Altinn key.
 * A Maskinporten token is refused here, as in Altinn. Throws ProblemError 401 (missing/invalid/expired token)
 * or 403 (none of `anyOfScopes` granted; an empty list skips the scope check).
 */
export async function requireAltinnToken(
  req: IncomingMessage,
  env: EnvName,
  anyOfScopes: string[],
): Promise<AltinnCaller> {
  const payload = await readAltinnToken(req, env);
  const orgNumber = payload["urn:altinn:orgNumber"];
  const clientId = payload.client_id;
  if (typeof orgNumber !== "string" || typeof clientId !== "string") {
    throw unauthorized("The token carries no urn:altinn:orgNumber or client_id");
  }
  const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
  if (anyOfScopes.length > 0 && !anyOfScopes.some((scope) => scopes.includes(scope))) {
    throw new ProblemError(403, "Forbidden", {
      detail: `The token lacks the required scope: one of ${anyOfScopes.join(", ")}`,
    });
  }
  const orgCode = payload["urn:altinn:org"];
  return { orgNumber, ...(typeof orgCode === "string" ? { orgCode } : {}), scopes, clientId };
}

/** The verified claims of the request's Altinn token, an organisation's or a person's; 401 when there is none. */
export async function readAltinnToken(req: IncomingMessage, env: EnvName): Promise<JWTPayload> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (!match?.[1]) throw unauthorized("An Altinn token is required (Authorization: Bearer ...)");
  return verify(match[1], env);
}

async function verify(token: string, env: EnvName): Promise<JWTPayload> {
  const key = await altinnSigningKey(env);
  try {
    const { payload } = await jwtVerify(token, key.publicKey, { algorithms: ["RS256"] });
    // The public URL is not known here; the path is enough to tell test tokens from prod ones.
    if (!payload.iss?.endsWith(`/${env}${ALTINN_AUTHENTICATION_PREFIX}/api/v1/openid/`)) {
      throw new Error(`issuer ${payload.iss ?? "(none)"} is not this environment's Altinn`);
    }
    return payload;
  } catch (error) {
    throw unauthorized(`Invalid Altinn token: ${error instanceof Error ? error.message : "verification failed"}`);
  }
}

function unauthorized(detail: string): ProblemError {
  return new ProblemError(401, "Unauthorized", { detail });
}
