"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";

// The form (react-hook-form, and zod at its first check) loads when an editor opens it: the page is first the list
// of consents (issue 17: first-visit JavaScript within 130 kB).
const registerConsentForm = loadOnDemand(() => import("./register-consent-form").then((m) => m.RegisterConsentForm));

/** "Register a consent request": opens the form in place. */
export function RegisterConsent({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("consentMonitor.register");
  return (
    <OpenOnDemand label={t("title")} loadingLabel={t("loading")} preload={registerConsentForm.preload}>
      <registerConsentForm.Component orgNumber={orgNumber} />
    </OpenOnDemand>
  );
}
