import NextAuth from "next-auth";
import { authOptions } from "@/lib/platform/auth/auth-options";
import { landingAfterLogin } from "@/lib/platform/auth/landing-after-login";
import { MAX_AGE_COOKIE, MAX_AGE_COOKIE_SECONDS, parseMaxAge } from "@/lib/platform/auth/requested-max-age";
import { checkLoginRateLimit } from "@/lib/platform/rate-limit/limit-login";

// Logins are counted per client address: starting one (`signin`) and coming back from the identity provider
// (`callback`). Session and CSRF reads are not logins and are not counted.
const LOGIN_STEPS = new Set(["signin", "callback"]);

function requestCookie(request: Request, name: string): string | undefined {
  const pair = (request.headers.get("cookie") ?? "").split(/;\s*/).find((entry) => entry.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

/** The note a login with `max_age` leaves for its callback (lib/platform/auth/requested-max-age.ts); `""` clears it. */
function withMaxAgeNote(response: Response, request: Request, value: string): Response {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  const lifetime = value ? MAX_AGE_COOKIE_SECONDS : 0;
  const noted = new Response(response.body, response);
  noted.headers.append(
    "set-cookie",
    `${MAX_AGE_COOKIE}=${value}; Path=/api/auth; Max-Age=${lifetime}; HttpOnly; SameSite=Lax${secure}`,
  );
  return noted;
}

// Built per request so configuration is read at run time, never at build time.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const [step] = (await context.params).nextauth;
  if (step && LOGIN_STEPS.has(step)) {
    const refused = await checkLoginRateLimit(request);
    if (refused) return refused;
  }
  if (step === "callback") {
    const requestedMaxAge = parseMaxAge(requestCookie(request, MAX_AGE_COOKIE));
    let outcome: { representsOrganisation: boolean } | undefined;
    const onLogin = (login: { representsOrganisation: boolean }) => void (outcome = login);
    const response = landingAfterLogin(
      await NextAuth(authOptions({ requestedMaxAge, onLogin }))(request, context),
      outcome,
    );
    return requestedMaxAge === undefined ? response : withMaxAgeNote(response, request, "");
  }
  const response = await NextAuth(authOptions())(request, context);
  if (step !== "signin" || request.method !== "POST") return response;
  // signIn("idporten", …, { max_age }) posts the authorization parameters in the query (next-auth/react). A login
  // started without one clears the note of an abandoned step-up, so its callback asks nothing of auth_time.
  const requested = parseMaxAge(new URL(request.url).searchParams.get("max_age"));
  if (requested !== undefined) return withMaxAgeNote(response, request, String(requested));
  return requestCookie(request, MAX_AGE_COOKIE) === undefined ? response : withMaxAgeNote(response, request, "");
}

export { handler as GET, handler as POST };
