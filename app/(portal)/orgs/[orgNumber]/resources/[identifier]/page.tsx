import { getLocale, getTranslations } from "next-intl/server";
import { loadResourcePage } from "@/components/consent-resources/load-resource-page";
import { OwnerResourceEditor } from "@/components/consent-resources/owner-resource-editor";
import { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import { inLocale } from "@/lib/consent-resources/localized";
import { getConnectedLists } from "@/lib/consent-rules/get-connected-lists";
import { hasRole } from "@/lib/platform/auth/roles";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const { identifier } = await params;
  const t = await getTranslations("consentResources");
  return { title: t("editTitle", { identifier: resourceIdentifierParam(identifier) ?? "" }) };
}

export default async function ConsentResourcePage({ params }: PageProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const [{ orgNumber, organisation, role, resource, latest, t }, locale] = await Promise.all([
    loadResourcePage(params, "consentResources"),
    getLocale(),
  ]);
  // The editor's options and the lists connected in Altinn's policy, read side by side.
  const [options, connectedLists] = await Promise.all([
    getResourceEditorOptions({ organisationId: organisation.id }),
    getConnectedLists(orgNumber, resource.identifier),
  ]);
  return (
    <ClientMessages route="orgs/[orgNumber]/resources/[identifier]/page">
      <section className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold break-words">{t("editTitle", { identifier: resource.identifier })}</h1>
          <p className="text-slate-700">
            {inLocale(latest.content.title, locale)} ·{" "}
            <span data-testid="latest-version">{t("latestVersion", { version: latest.version })}</span>
          </p>
        </div>
        <OwnerResourceEditor
          orgNumber={orgNumber}
          organisation={organisation}
          options={options}
          canEdit={hasRole(role, "EDITOR")}
          initial={latest.content}
          resourceId={resource.id}
          baseVersion={latest.version}
          identifierLocked={resource.publications.length > 0}
          connectedLists={connectedLists}
          withView
        />
      </section>
    </ClientMessages>
  );
}
