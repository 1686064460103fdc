import type { ServerResponse } from "node:http";
import { sendJson } from "../http-helpers";

/** An OAuth 2.0 error answer (RFC 6749 §5.2), as Maskinporten's token endpoint gives: the description names the reason. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(`${error}: ${description}`);
  }
}

export function sendOAuthError(res: ServerResponse, error: OAuthError): void {
  sendJson(res, error.status, { error: error.error, error_description: error.description });
}
