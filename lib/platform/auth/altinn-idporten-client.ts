import "server-only";
import { z } from "zod";
import type { TEnv } from "@/lib/platform/config/env-schema";

// The portal's second authorization, at ID-porten, for Altinn's end-user APIs. Altinn's `exchange/id-porten` validates
// a token's signature against ID-porten's keys only (Altinn/altinn-authentication
// src/Authentication/Controllers/AuthenticationController.cs, AuthenticateIdPortenToken: IdPortenWellKnownEndpoint and
// its alternative), and Ansattporten is an issuer of its own with its own keys (felleslosninger/docs
// _docs/ansattporten/ansattporten_wellknown.md): a person who logged in through Ansattporten connects ID-porten here.

/** The callback registered with the ID-porten client (app/api/altinn-idporten/callback/route.ts). */
export const ALTINN_IDPORTEN_CALLBACK_PATH = "/api/altinn-idporten/callback";

export type TAltinnIdportenClient = { issuer: string; clientId: string; clientSecret: string; redirectUri: string };

type TClientConfig = Pick<
  TEnv,
  | "NEXTAUTH_URL"
  | "LOGIN_PROVIDER"
  | "OIDC_ISSUER"
  | "OIDC_CLIENT_ID"
  | "OIDC_CLIENT_SECRET"
  | "ALTINN_IDPORTEN_ISSUER"
  | "ALTINN_IDPORTEN_CLIENT_ID"
  | "ALTINN_IDPORTEN_CLIENT_SECRET"
>;

/**
 * The ID-porten client for the connection: ALTINN_IDPORTEN_*, else (an ID-porten login) the login's own issuer, with
 * the login's client unless another is named; null when there is no ID-porten to connect (Ansattporten, none set).
 */
export function altinnIdportenClient(config: TClientConfig): TAltinnIdportenClient | null {
  const issuer =
    config.ALTINN_IDPORTEN_ISSUER ?? (config.LOGIN_PROVIDER === "idporten" ? config.OIDC_ISSUER : undefined);
  if (!issuer) return null;
  return {
    issuer: issuer.replace(/\/$/, ""),
    clientId: config.ALTINN_IDPORTEN_CLIENT_ID ?? config.OIDC_CLIENT_ID,
    clientSecret: config.ALTINN_IDPORTEN_CLIENT_SECRET ?? config.OIDC_CLIENT_SECRET,
    redirectUri: new URL(ALTINN_IDPORTEN_CALLBACK_PATH, config.NEXTAUTH_URL).toString(),
  };
}

const ZMetadata = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
});
export type TIdportenMetadata = z.infer<typeof ZMetadata>;

const metadataByIssuer = new Map<string, Promise<TIdportenMetadata>>();

/** ID-porten's discovery document, read once per issuer (a failed read is tried again next time). */
export function idportenMetadata(issuer: string): Promise<TIdportenMetadata> {
  let metadata = metadataByIssuer.get(issuer);
  if (!metadata) {
    metadata = (async () => {
      const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`ID-porten's discovery document answered ${response.status}`);
      return ZMetadata.parse(await response.json());
    })();
    metadataByIssuer.set(issuer, metadata);
    metadata.catch(() => metadataByIssuer.delete(issuer));
  }
  return metadata;
}
