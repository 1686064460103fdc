import { getTranslations } from "next-intl/server";

/** Each path's steps in order, named as in the `landing` messages. */
const PATHS = {
  serviceOwner: ["api", "scopes", "resource", "accessLists", "documentation", "validate"],
  consumer: ["client", "delegation", "access", "integrate"],
} as const;
type TPath = keyof typeof PATHS;

/** The two onboarding paths of Altinn's consent solution, as the portal walks each party through them. */
export async function OnboardingSteps() {
  const t = await getTranslations("landing");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {(Object.keys(PATHS) as TPath[]).map((path) => (
        <section key={path} className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-xl font-semibold text-brand-900">{t(`${path}.title`)}</h2>
          <p className="mt-1 text-slate-700">{t(`${path}.intro`)}</p>
          <ol className="mt-4 list-decimal space-y-3 pl-5">
            {PATHS[path].map((step) => (
              <li key={step}>
                <strong className="block">{t(`${path}.steps.${step}.title` as never)}</strong>
                <span className="text-slate-700">{t(`${path}.steps.${step}.text` as never)}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
