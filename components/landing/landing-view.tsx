import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { OnboardingSteps } from "./onboarding-steps";

/**
 * The landing page's body, for the portal's page (app/(portal)/page.tsx, a signed-in person's organisations as
 * `children`) and the cached one for visitors (app/(public)/public/[locale]/page.tsx).
 */
export async function LandingView(props: { signedIn: boolean; children?: ReactNode }) {
  const t = await getTranslations("landing");
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        {!props.signedIn && (
          <Link href="/signin" className={buttonClass({ variant: "primary", size: "md", className: "inline-block" })}>
            {t("getStarted")}
          </Link>
        )}
      </section>
      {props.children}
      <OnboardingSteps />
    </div>
  );
}
