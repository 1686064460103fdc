import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { titleIn } from "@/lib/access-requests/published-terms";
import type { TKitResource } from "@/lib/integration-kit/consent-request-rules";
import { Section } from "@/components/ui/section";
import { loadConsentTemplates } from "@/lib/consent-templates/consent-templates-client";
import { findTemplate } from "@/lib/consent-templates/templates-for-owner";

/** Chooses the resource with a plain GET form, so the choice is in the address and works without scripts. */
export async function ResourcePicker(props: {
  orgNumber: string;
  resources: TKitResource[];
  selected: string;
  locale: string;
}) {
  const t = await getTranslations("integrationKit.picker");
  return (
    <form method="get" action={`/orgs/${props.orgNumber}/integration`} className="flex flex-wrap items-end gap-3">
      <SelectField
        id="resource"
        name="resource"
        label={t("label")}
        hint={t("hint")}
        defaultValue={props.selected}
        // A flex item may otherwise not shrink below its longest option.
        className="min-w-0 max-w-full"
      >
        {props.resources.map((r) => (
          <option key={r.identifier} value={r.identifier}>
            {t("option", {
              title: titleIn(r.title, props.locale, r.identifier),
              identifier: r.identifier,
              owner: r.owner.name,
            })}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="mb-7">
        {t("submit")}
      </Button>
    </form>
  );
}

/** What the chosen resource's definition says that shapes a request. */
export async function ResourceFacts({ resource }: { resource: TKitResource }) {
  const t = await getTranslations("integrationKit.facts");
  // The template by its title in Altinn's catalogue, not its id ("default"); the id when the catalogue is unreadable.
  const catalogue = await loadConsentTemplates();
  const template = catalogue ? findTemplate(catalogue.templates, resource.consentTemplate) : undefined;
  return (
    <Section
      headingId="facts-heading"
      title={t("title")}
      card
      data-testid="kit-resource"
      data-resource={resource.identifier}
    >
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>{t("owner", { owner: resource.owner.name, orgNumber: resource.owner.orgNumber })}</li>
        <li>{t("template", { template: template?.title || resource.consentTemplate })}</li>
        <li>{resource.scopes.length ? t("scopes", { scopes: resource.scopes.join(", ") }) : t("noScopes")}</li>
        {resource.accessListName && <li>{t("accessList", { list: resource.accessListName })}</li>}
        {resource.isOneTimeConsent && <li>{t("oneTime")}</li>}
      </ul>
    </Section>
  );
}
