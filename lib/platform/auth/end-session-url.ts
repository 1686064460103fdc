import "server-only";
import { env } from "@/lib/platform/config/env";
import { logger } from "@/lib/platform/logger";

let endSessionEndpoint: Promise<string | null> | undefined;

async function discoverEndSessionEndpoint(issuer: string): Promise<string | null> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    const document = (await response.json()) as { end_session_endpoint?: unknown };
    return typeof document.end_session_endpoint === "string" ? document.end_session_endpoint : null;
  } catch (error) {
    logger.warn({ err: error }, "could not discover the end_session_endpoint");
    return null;
  }
}

/**
 * Where to send the browser so the identity provider ends its session too (RP-initiated logout, as
 * ID-porten requires for single logout). Null when that is not possible; the portal session still ends.
 */
export async function endSessionUrl(idToken: string | undefined): Promise<string | null> {
  if (!idToken) return null;
  const config = env();
  endSessionEndpoint ??= discoverEndSessionEndpoint(config.OIDC_ISSUER);
  const endpoint = await endSessionEndpoint;
  if (!endpoint) {
    endSessionEndpoint = undefined;
    return null;
  }
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", `${config.NEXTAUTH_URL.replace(/\/$/, "")}/`);
  return url.toString();
}
