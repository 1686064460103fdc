import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { endSessionUrl } from "@/lib/auth/end-session-url";
import { env } from "@/lib/config/env";

const SESSION_COOKIES = [
  "next-auth.session-token",
  "__Secure-next-auth.session-token",
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
];

export async function POST(request: NextRequest) {
  // A cross-site form must not be able to log the user out.
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return new NextResponse(null, { status: 403 });
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  const target = (await endSessionUrl(token?.idToken)) ?? new URL("/", request.url).toString();
  const response = NextResponse.redirect(target, 303);
  for (const name of SESSION_COOKIES) response.cookies.delete(name);
  return response;
}
