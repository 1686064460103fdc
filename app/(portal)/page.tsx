import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OnboardingSteps } from "@/components/landing/onboarding-steps";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import { cardClass } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const user = await getSessionUser();
  const organisations = user ? await listUserOrganisations({ userId: user.id }) : [];
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        {!user && (
          <Link href="/signin" className={buttonClass({ variant: "primary", size: "md", className: "inline-block" })}>
            {t("getStarted")}
          </Link>
        )}
      </section>
      {user && (
        <section aria-labelledby="your-organisations" className="space-y-3">
          <h2 id="your-organisations" className="text-xl font-semibold">
            {t("yourOrganisations")}
          </h2>
          {organisations.length === 0 ? (
            <p className="text-slate-700">
              {t("noOrganisations")}{" "}
              <Link href="/access" className="text-brand-700 underline">
                {t("seeAccess")}
              </Link>
            </p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {organisations.map((organisation) => (
                <li key={organisation.orgNumber}>
                  <Link
                    href={`/orgs/${organisation.orgNumber}`}
                    className={cardClass({ className: "block hover:border-brand-600" })}
                  >
                    <span className="block font-medium">{organisation.name}</span>
                    <span className="block text-sm text-slate-600">{organisation.orgNumber}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <OnboardingSteps />
    </div>
  );
}
