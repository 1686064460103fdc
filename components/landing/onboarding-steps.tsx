import { getTranslations } from "next-intl/server";

const SERVICE_OWNER_STEPS = ["api", "scopes", "resource", "accessLists", "documentation", "validate"] as const;
const CONSUMER_STEPS = ["client", "delegation", "access", "integrate"] as const;

/** The two onboarding paths of Altinn's consent solution, as the portal walks each party through them. */
export async function OnboardingSteps() {
  const t = await getTranslations("landing");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <StepList title={t("serviceOwner.title")} intro={t("serviceOwner.intro")}>
        {SERVICE_OWNER_STEPS.map((step) => (
          <li key={step}>
            <strong className="block">{t(`serviceOwner.steps.${step}.title`)}</strong>
            <span className="text-slate-700">{t(`serviceOwner.steps.${step}.text`)}</span>
          </li>
        ))}
      </StepList>
      <StepList title={t("consumer.title")} intro={t("consumer.intro")}>
        {CONSUMER_STEPS.map((step) => (
          <li key={step}>
            <strong className="block">{t(`consumer.steps.${step}.title`)}</strong>
            <span className="text-slate-700">{t(`consumer.steps.${step}.text`)}</span>
          </li>
        ))}
      </StepList>
    </div>
  );
}

function StepList({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="text-xl font-semibold text-brand-900">{title}</h2>
      <p className="mt-1 text-slate-700">{intro}</p>
      <ol className="mt-4 list-decimal space-y-3 pl-5">{children}</ol>
    </section>
  );
}
