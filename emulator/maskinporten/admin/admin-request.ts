import type { ServerResponse } from "node:http";
import type { EnvName } from "../../state/environments";
import type { MaskinportenState } from "../maskinporten-store";
import { OAuthError } from "../oauth-error";
import type { MaskinportenCaller } from "../verify-access-token";

/** What an admin API handler gets: the caller (acting org from the token's consumer), the body and the query. */
export interface AdminRequest {
  env: EnvName;
  state: MaskinportenState;
  caller: MaskinportenCaller;
  method: string;
  /** Path below /api/v1, e.g. "/scopes/access/313876144". */
  path: string;
  query: URLSearchParams;
  body: unknown;
  res: ServerResponse;
}

// Errors in Digdir's OAuth style ({error, error_description}), with the HTTP status the situation calls for.
export const badRequest = (description: string) => new OAuthError("invalid_request", description, 400);
export const forbidden = (description: string) => new OAuthError("access_denied", description, 403);
export const notFound = (description: string) => new OAuthError("not_found", description, 404);
export const conflict = (description: string) => new OAuthError("conflict", description, 409);

export function requireScope(request: AdminRequest, anyOf: string[]): void {
  if (!anyOf.some((scope) => request.caller.scopes.includes(scope))) {
    throw new OAuthError("insufficient_scope", `The token needs one of the scopes ${anyOf.join(", ")}`, 403);
  }
}
