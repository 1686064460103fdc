import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { endSessionUrl } from "@/lib/platform/auth/end-session-url";
import { signOut } from "@/lib/platform/auth/sign-out";
import { env } from "@/lib/platform/config/env";

const SESSION_COOKIES = [
  "next-auth.session-token",
  "__Secure-next-auth.session-token",
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
];

/**
 * POST: logout. Ends the session on the server (a copy of the cookie opens nothing afterwards), or, with the form
 * field `scope=everywhere`, every session of the user; then clears the cookies and sends the browser to the identity
 * provider's end-session endpoint.
 */
export async function POST(request: NextRequest) {
  // A cross-site form must not be able to log the user out (proxy.ts refuses it first; kept here as well).
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) return new NextResponse(null, { status: 403 });
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  const form = await request.formData().catch(() => null);
  await signOut({ token, everywhere: form?.get("scope") === "everywhere" });
  const target = (await endSessionUrl(token?.idToken)) ?? new URL("/", request.url).toString();
  const response = NextResponse.redirect(target, 303);
  // A `__Secure-`/`__Host-` cookie is only replaced by a Set-Cookie that is itself Secure; a large session is
  // split by next-auth into `name.0`, `name.1`, … chunks, which must go too.
  const present = request.cookies.getAll().map((cookie) => cookie.name);
  const names = new Set([
    ...SESSION_COOKIES,
    ...present.filter((name) => SESSION_COOKIES.some((base) => name.startsWith(`${base}.`))),
  ]);
  for (const name of names) {
    const secure = name.startsWith("__Secure-") || name.startsWith("__Host-");
    response.cookies.set({ name, value: "", path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure });
  }
  return response;
}
