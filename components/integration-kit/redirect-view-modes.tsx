import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";

// portalViewMode as Altinn's access management frontend treats it (Altinn/altinn-access-management-frontend):
// - `Show` lists a request not yet accepted among the person's "Pending agreements" (backend .../Core/Services/
//   ConsentService.cs, GetActiveConsents: IsPendingConsent = !IsConsentAccepted && PortalViewMode == "show";
//   src/features/amUI/consent/ActiveConsentsPage/ActiveConsentsPageContent.tsx);
// - opened from that list the request page gets `skiplogout=true` (src/routes/paths/consentPath.ts,
//   getConsentRequestUrl), and then accepting shows Altinn's receipt and declining goes back to the list, with no
//   redirect (src/features/amUI/consent/ConsentRequestPage/ConsentRequestPage.tsx, redirectAfterAction);
// - opened through the viewUri, answering calls .../consent/request/{id}/logout, which logs the person out and sends
//   them to the redirect address (backend .../Controllers/ConsentController.cs, Logout).

/** What the person sees with `portalViewMode` Hide or Show, and why the consumer must not wait for the return. */
export async function RedirectViewModes({ orgNumber }: { orgNumber: string }) {
  const t = await getTranslations("redirectKit.viewMode");
  return (
    <Section headingId="redirect-view-mode-heading" title={t("title")} card className="space-y-2">
      <ul className="list-disc space-y-2 pl-5">
        <li data-testid="view-mode-hide">{t("hide")}</li>
        <li data-testid="view-mode-show">{t("show")}</li>
      </ul>
      <p>{t("consequence")}</p>
      <p>
        <Link href={`/orgs/${orgNumber}/consents`} className="text-brand-700 underline">
          {t("monitorLink")}
        </Link>
      </p>
    </Section>
  );
}
