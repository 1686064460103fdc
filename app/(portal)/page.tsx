import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LandingView } from "@/components/landing/landing-view";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import { cardClass } from "@/components/ui/card";

// A visitor who is not signed in gets the cached copy of this page (app/(public)/public/[locale]/page.tsx, proxy.ts).
export default async function LandingPage() {
  const t = await getTranslations("landing");
  const user = await getSessionUser();
  const organisations = user ? await listUserOrganisations({ userId: user.id }) : [];
  return (
    <LandingView signedIn={Boolean(user)}>
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
                    <span className="block font-medium wrap-anywhere">{organisation.name}</span>
                    <span className="block text-sm text-slate-600">{organisation.orgNumber}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </LandingView>
  );
}
