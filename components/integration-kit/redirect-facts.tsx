import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";

/** What Altinn appends to the redirect address, where, and what it never tells (lib/integration-kit/redirect-return-url.ts). */
export async function RedirectFacts() {
  const t = await getTranslations("redirectKit.facts");
  return (
    <Section headingId="redirect-facts-heading" title={t("title")} card className="space-y-2">
      {/* The query strings are long words: they wrap anywhere rather than widen a phone's page. */}
      <ul className="list-disc space-y-1 break-words pl-5">
        <li>{t("ok")}</li>
        <li>{t("failed")}</li>
        <li>{t("placement")}</li>
        <li>{t("nothingElse")}</li>
      </ul>
      <p className="font-medium">{t("notProof")}</p>
    </Section>
  );
}
