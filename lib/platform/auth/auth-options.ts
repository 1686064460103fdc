import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/platform/config/env";
import { safeRedirectUrl } from "@/lib/platform/http/safe-callback-path";
import { recordLogin } from "./record-login";
import { authTimeOf } from "./auth-time";
import { checkAuthTime } from "./requested-max-age";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./session-policy";

// ID-porten in production, the emulator locally: the same OIDC code flow with PKCE, configured by
// OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET. The encrypted JWT cookie names a server-side session
// (`UserSession`), checked with its user on every request (lib/platform/auth/get-session-user.ts): the server ends it
// at logout, "sign out everywhere" or a lost right, and enforces its absolute lifetime and idle timeout.
export function authOptions(login: { requestedMaxAge?: number } = {}): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    // The cookie never outlives the session's absolute lifetime; the server refuses it earlier when the session ends.
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      {
        id: "idporten",
        name: "ID-porten",
        type: "oauth",
        wellKnown: `${config.OIDC_ISSUER}/.well-known/openid-configuration`,
        clientId: config.OIDC_CLIENT_ID,
        clientSecret: config.OIDC_CLIENT_SECRET,
        authorization: { params: { scope: config.OIDC_SCOPES } },
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
          const user = await recordLogin({ pid: profile.pid, name: profile.name ?? null, authenticatedAt });
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
