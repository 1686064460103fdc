import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { altinnIdportenClient, idportenMetadata } from "@/lib/platform/auth/altinn-idporten-client";
import {
  CONNECT_COOKIE,
  CONNECT_MAX_AGE_SECONDS,
  startAltinnIdportenConnect,
} from "@/lib/platform/auth/altinn-idporten-start";
import { env } from "@/lib/platform/config/env";
import { orgNumberParam } from "@/lib/platform/http/route-params";

/**
 * GET ?org={orgNumber}: sends the signed-in person to ID-porten to connect it for Altinn's end-user APIs
 * (lib/platform/auth/altinn-idporten-client.ts says why), remembering state, nonce and the PKCE verifier in an encrypted
 * cookie for the callback. A link, not a form: a navigation to ID-porten's origin needs no `form-action` allowance.
 * Without a session, or with no ID-porten configured, back to the supplier page (which says what is missing).
 */
export async function GET(request: NextRequest) {
  const config = env();
  const orgNumber = orgNumberParam(request.nextUrl.searchParams.get("org"));
  if (!orgNumber) return new NextResponse(null, { status: 404 });
  const page = new URL(`/orgs/${orgNumber}/suppliers`, config.NEXTAUTH_URL);
  const client = altinnIdportenClient(config);
  const session = await getToken({ req: request, secret: config.NEXTAUTH_SECRET });
  if (!client || !session?.sessionId) return NextResponse.redirect(page, 303);
  const { url, cookie } = await startAltinnIdportenConnect({
    client,
    metadata: await idportenMetadata(client.issuer),
    sessionId: session.sessionId,
    orgNumber,
    secret: config.NEXTAUTH_SECRET,
  });
  const response = NextResponse.redirect(url, 303);
  response.cookies.set({
    name: CONNECT_COOKIE,
    value: cookie,
    path: "/api/altinn-idporten",
    maxAge: CONNECT_MAX_AGE_SECONDS,
    httpOnly: true,
    // Lax: ID-porten's redirect back is a top-level navigation, which carries it.
    sameSite: "lax",
    secure: page.protocol === "https:",
  });
  return response;
}
