import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/platform/config/env";
import { recordLogin } from "./record-login";

// ID-porten in production, the emulator locally: the same OIDC code flow with PKCE, configured by
// OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET. Sessions are JWTs in an encrypted cookie; the
// database user is looked up on every request (lib/platform/auth/get-session-user.ts), so role changes apply at once.
export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
      async jwt({ token, account, profile }) {
        if (account && profile?.pid) {
          const user = await recordLogin({ pid: profile.pid, name: profile.name ?? null });
          token.userId = user.id;
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
