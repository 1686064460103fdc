import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInButton } from "@/components/layout/sign-in-button";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { env } from "@/lib/platform/config/env";
import { safeCallbackPath } from "@/lib/platform/http/safe-callback-path";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getSessionUser()) redirect(target);
  const t = await getTranslations("signIn");
  // Ansattporten: the person also chooses the organisation to act for; ID-porten: a person only.
  const ansattporten = env().LOGIN_PROVIDER === "ansattporten";
  return (
    <section className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t(ansattporten ? "explanationAnsattporten" : "explanation")}</p>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t("failed")}
        </p>
      )}
      <SignInButton callbackUrl={target} label={t(ansattporten ? "buttonAnsattporten" : "button")} />
    </section>
  );
}
