import type { IncomingMessage } from "node:http";
import { requireAltinnToken } from "../altinn/require-altinn-token";
import { verifyMaskinportenToken } from "../maskinporten/verify-access-token";
import { ProblemError } from "../problem";
import type { EnvName } from "../state/environments";

/**
 * Altinn's enterprise consent API is called with a Maskinporten token (Altinn's docs, "Consent on
 * behalf of others", and its own tests use a Maskinporten principal); an exchanged Altinn token is
 * accepted too, as other Altinn APIs take one. Either way the caller is the token's organisation.
 */
export async function requireConsentCaller(req: IncomingMessage, env: EnvName, anyOfScopes: string[]) {
  const maskinporten = await verifyMaskinportenToken(req.headers.authorization, env);
  if (!("error" in maskinporten)) {
    if (!anyOfScopes.some((scope) => maskinporten.scopes.includes(scope))) {
      throw new ProblemError(403, "Forbidden", { detail: `The token needs one of the scopes ${anyOfScopes.join(", ")}` });
    }
    return { orgNumber: maskinporten.orgNumber, scopes: maskinporten.scopes, clientId: maskinporten.clientId };
  }
  return requireAltinnToken(req, env, anyOfScopes);
}
