import Link from "next/link";
import { useTranslations } from "next-intl";
import { MarkdownText } from "@/components/documentation/markdown";
import type { TConsumerOrganisation } from "@/lib/catalog/list-consumer-organisations";
import type { TEnvironment } from "@/lib/platform/environment";
import { Section } from "@/components/ui/section";

/**
 * For a logged-in consumer: what their organisation will need, and for each of their organisations
 * where they may ask (editors and administrators), a link to the request form per published environment.
 */
export function RequestAccessSection(props: {
  organisations: TConsumerOrganisation[];
  steps: string;
  /** The language the steps are written in, when the page knows it (issue 16.6). */
  stepsLanguage?: string;
  ownerName: string;
  accessListEnabled: boolean;
  /** The resource and where it is published; without them only the explanation is shown. */
  identifier?: string;
  environments?: readonly TEnvironment[];
}) {
  const t = useTranslations("catalog.requestAccess");
  const tRoles = useTranslations("layout.roles");
  const tLinks = useTranslations("accessRequests.catalog");
  const { identifier, environments = [] } = props;
  const canAsk = (role: string) => role === "ADMIN" || role === "EDITOR";
  return (
    <Section
      headingId="request-access-heading"
      title={t("title")}
      className="space-y-4 rounded border border-brand-100 bg-brand-50 p-4"
    >
      <h3 className="font-semibold">{t("needTitle")}</h3>
      <div lang={props.stepsLanguage}>
        <MarkdownText text={props.steps} headingLevel={4} />
      </div>
      {props.accessListEnabled && <p className="text-slate-800">{t("accessList", { owner: props.ownerName })}</p>}
      <h3 className="font-semibold">{t("organisationsTitle")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {props.organisations.map((organisation) => (
          <li key={organisation.orgNumber}>
            {t("organisation", {
              name: organisation.name,
              orgNumber: organisation.orgNumber,
              role: tRoles(organisation.role),
            })}
            {identifier && canAsk(organisation.role) && environments.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-3">
                {environments.map((environment) => (
                  <li key={environment}>
                    <Link
                      href={`/orgs/${organisation.orgNumber}/access-requests/new?resource=${encodeURIComponent(identifier)}&environment=${environment}`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {tLinks(environment === "TEST" ? "requestInTest" : "requestInProd", {
                        organisation: organisation.name,
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {identifier && !canAsk(organisation.role) && (
              <p className="text-sm text-slate-700">{tLinks("viewerCannotAsk")}</p>
            )}
          </li>
        ))}
      </ul>
      {!identifier && (
        <>
          <h3 className="font-semibold">{t("nextTitle")}</h3>
          <p className="text-slate-800">{t("next", { owner: props.ownerName })}</p>
        </>
      )}
    </Section>
  );
}
