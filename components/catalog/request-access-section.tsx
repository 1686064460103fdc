import { useTranslations } from "next-intl";
import { MarkdownText } from "@/components/documentation/markdown";
import type { TConsumerOrganisation } from "@/lib/catalog/list-consumer-organisations";

/**
 * For a logged-in consumer: what their organisation will need, and which of their organisations
 * could ask. Requesting access itself comes with the access-request feature, so this explains the
 * next step rather than linking to a form that does not exist yet.
 */
export function RequestAccessSection(props: {
  organisations: TConsumerOrganisation[];
  steps: string;
  ownerName: string;
  accessListEnabled: boolean;
}) {
  const t = useTranslations("catalog.requestAccess");
  const tRoles = useTranslations("layout.roles");
  return (
    <section aria-labelledby="request-access-heading" className="space-y-4 rounded border border-brand-100 bg-brand-50 p-4">
      <h2 id="request-access-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <h3 className="font-semibold">{t("needTitle")}</h3>
      <MarkdownText text={props.steps} headingLevel={4} />
      {props.accessListEnabled && <p className="text-slate-800">{t("accessList", { owner: props.ownerName })}</p>}
      <h3 className="font-semibold">{t("organisationsTitle")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {props.organisations.map((organisation) => (
          <li key={organisation.orgNumber}>
            {t("organisation", { name: organisation.name, orgNumber: organisation.orgNumber, role: tRoles(organisation.role) })}
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">{t("nextTitle")}</h3>
      <p className="text-slate-800">{t("next", { owner: props.ownerName })}</p>
    </section>
  );
}
