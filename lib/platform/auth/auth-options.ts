import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/platform/config/env";
import { safeRedirectUrl } from "@/lib/platform/http/safe-callback-path";
import { authorizationDetailsParameter } from "./authorization-details-request";
import { recordLogin } from "./record-login";
import { authTimeOf } from "./auth-time";
import { loginAccessTokenOf, loginScopes } from "./login-scopes";
import { checkAuthTime } from "./requested-max-age";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./session-policy";

// Ansattporten (or ID-porten, LOGIN_PROVIDER) in production, the emulator locally: the same OIDC code flow with PKCE,
// configured by OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET. Ansattporten is asked for the portal's Altinn
// resources in `authorization_details` (authorization-details-request.ts) and answers, per resource, the organisations
// the person chose in its picker; record-login.ts turns that into memberships. The provider id stays "idporten" in both
// modes: it is part of the redirect URI registered with the identity provider. The encrypted JWT cookie names a server-side session
// (`UserSession`), checked with its user on every request (lib/platform/auth/get-session-user.ts): the server ends it
// at logout, "sign out everywhere" or a lost right, and enforces its absolute lifetime and idle timeout.
export function authOptions(
  login: {
    requestedMaxAge?: number;
    /** Told how a completed login came out, before next-auth answers (the route sends a login without any
     * organisation to /access). */
    onLogin?: (outcome: { representsOrganisation: boolean }) => void;
  } = {},
): NextAuthOptions {
  const config = env();
  const ansattporten = config.LOGIN_PROVIDER === "ansattporten";
  return {
    secret: config.NEXTAUTH_SECRET,
    // The cookie never outlives the session's absolute lifetime; the server refuses it earlier when the session ends.
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      {
        id: "idporten",
        name: ansattporten ? "Ansattporten" : "ID-porten",
        type: "oauth",
        wellKnown: `${config.OIDC_ISSUER}/.well-known/openid-configuration`,
        clientId: config.OIDC_CLIENT_ID,
        clientSecret: config.OIDC_CLIENT_SECRET,
        authorization: {
          params: {
            scope: loginScopes(config.OIDC_SCOPES, config.LOGIN_PROVIDER),
            ...(ansattporten ? { authorization_details: authorizationDetailsParameter(config) } : {}),
          },
        },
        idToken: true,
        checks: ["pkce", "state", "nonce"],
        profile(profile) {
          return { id: String(profile.pid ?? profile.sub), name: profile.name ?? null };
        },
      },
    ],
    callbacks: {
      // Every redirect next-auth makes (the `callbackUrl` of sign-in and sign-out) goes through the portal's one
      // safe-redirect rule: a path inside the portal, or home; never a foreign host, never an exception.
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      async jwt({ token, account, profile }) {
        if (account && profile?.pid) {
          const authenticatedAt = authTimeOf(profile);
          // A step-up asked for an authentication within `max_age`: the ID token must show one (requested-max-age.ts).
          checkAuthTime({ authTime: authenticatedAt, maxAgeSeconds: login.requestedMaxAge, now: new Date() });
          // Digdir: read the rights from the token response first; the ID token carries the same claim for
          // convenience (felleslosninger/docs, _docs/ansattporten/ansattporten_representasjon.md).
          const user = await recordLogin({
            pid: profile.pid,
            name: profile.name ?? null,
            authenticatedAt,
            authorizationDetails: account.authorization_details ?? profile.authorization_details,
            loginAccessToken: loginAccessTokenOf(account, config.LOGIN_PROVIDER),
          });
          login.onLogin?.({ representsOrganisation: user.representsOrganisation });
          token.userId = user.id;
          token.sessionId = user.sessionId;
          token.pid = profile.pid;
          token.idToken = account.id_token;
        }
        return token;
      },
      async session({ session, token }) {
        // The national identity number stays in the encrypted cookie: /api/auth/session is readable by scripts.
        session.user = { id: token.userId ?? "", name: session.user?.name ?? null };
        return session;
      },
    },
  };
}
