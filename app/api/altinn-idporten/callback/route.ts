import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { completeAltinnIdportenConnect } from "@/lib/platform/auth/altinn-idporten-callback";
import { altinnIdportenClient, idportenMetadata } from "@/lib/platform/auth/altinn-idporten-client";
import { CONNECT_COOKIE, readPendingConnect } from "@/lib/platform/auth/altinn-idporten-start";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";

/**
 * GET: ID-porten's redirect back after connecting it for Altinn (start/route.ts). Completes the connection for the
 * signed-in session (lib/platform/auth/altinn-idporten-callback.ts), forgets the pending cookie either way, and returns
 * to the supplier page, with `?altinn={problem}` when no token was kept.
 */
export async function GET(request: NextRequest) {
  const config = env();
  const pending = await readPendingConnect(request.cookies.get(CONNECT_COOKIE)?.value, config.NEXTAUTH_SECRET);
  const client = altinnIdportenClient(config);
  const session = await getToken({ req: request, secret: config.NEXTAUTH_SECRET });
  const back = new URL(pending ? `/orgs/${pending.orgNumber}/suppliers` : "/", config.NEXTAUTH_URL);
  if (pending && client && session?.sessionId && session.userId) {
    const outcome = await completeAltinnIdportenConnect({
      db: db(),
      client,
      metadata: await idportenMetadata(client.issuer),
      pending,
      query: request.nextUrl.searchParams,
      sessionId: session.sessionId,
      userId: session.userId,
    });
    if (!outcome.ok) back.searchParams.set("altinn", outcome.problem);
  } else if (pending) back.searchParams.set("altinn", "state");
  const response = NextResponse.redirect(back, 303);
  response.cookies.set({ name: CONNECT_COOKIE, value: "", path: "/api/altinn-idporten", maxAge: 0, httpOnly: true });
  return response;
}
