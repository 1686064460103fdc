import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string | null };
  }
  interface Profile {
    pid?: string;
    name?: string;
    /** When the person authenticated at the IdP, in seconds since the epoch (OIDC Core 2; ID-porten always sends it). */
    auth_time?: number;
    /** Ansattporten: whom the person may act for, per resource (lib/platform/auth/altinn-authorization.ts reads it). */
    authorization_details?: unknown;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    /** The server-side session (`UserSession`) this cookie belongs to; the server can end it. */
    sessionId?: string;
    pid?: string;
    /** Kept for RP-initiated logout at the identity provider (id_token_hint). */
    idToken?: string;
  }
}
