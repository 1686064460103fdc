import NextAuth from "next-auth";
import { authOptions } from "@/lib/platform/auth/auth-options";
import { checkLoginRateLimit } from "@/lib/platform/rate-limit/limit-login";

// Logins are counted per client address: starting one (`signin`) and coming back from the identity provider
// (`callback`). Session and CSRF reads are not logins and are not counted.
const LOGIN_STEPS = new Set(["signin", "callback"]);

// Built per request so configuration is read at run time, never at build time.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const [step] = (await context.params).nextauth;
  if (step && LOGIN_STEPS.has(step)) {
    const refused = await checkLoginRateLimit(request);
    if (refused) return refused;
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
