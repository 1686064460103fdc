import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/platform/i18n/locales";
import { sameOriginPath } from "@/lib/platform/http/same-origin-path";

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const locale = form.get("locale");
  const back = sameOriginPath(request, request.headers.get("referer")) ?? "/";
  const response = NextResponse.redirect(new URL(back, request.url), 303);
  if (isLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
