import { getTranslations } from "next-intl/server";
import { titleIn } from "@/lib/access-requests/published-terms";
import type { TKitResource } from "@/lib/integration-kit/consent-request-rules";

/** Chooses the resource with a plain GET form, so the choice is in the address and works without scripts. */
export async function ResourcePicker(props: { orgNumber: string; resources: TKitResource[]; selected: string; locale: string }) {
  const t = await getTranslations("integrationKit.picker");
  return (
    <form method="get" action={`/orgs/${props.orgNumber}/integration`} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="resource" className="block text-sm font-medium">
          {t("label")}
        </label>
        <select id="resource" name="resource" defaultValue={props.selected} aria-describedby="resource-hint" className="mt-1 rounded border border-slate-400 px-3 py-2">
          {props.resources.map((r) => (
            <option key={r.identifier} value={r.identifier}>
              {t("option", { title: titleIn(r.title, props.locale, r.identifier), identifier: r.identifier, owner: r.owner.name })}
            </option>
          ))}
        </select>
        <p id="resource-hint" className="mt-1 text-sm text-slate-600">
          {t("hint")}
        </p>
      </div>
      <button type="submit" className="mb-7 rounded border border-slate-300 px-3 py-2 hover:bg-slate-100">
        {t("submit")}
      </button>
    </form>
  );
}

/** What the chosen resource's definition says that shapes a request. */
export async function ResourceFacts({ resource }: { resource: TKitResource }) {
  const t = await getTranslations("integrationKit.facts");
  return (
    <section aria-labelledby="facts-heading" data-testid="kit-resource" data-resource={resource.identifier} className="rounded border border-slate-200 bg-white p-4">
      <h2 id="facts-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>{t("owner", { owner: resource.owner.name, orgNumber: resource.owner.orgNumber })}</li>
        <li>{t("template", { template: resource.consentTemplate })}</li>
        <li>{resource.scopes.length ? t("scopes", { scopes: resource.scopes.join(", ") }) : t("noScopes")}</li>
        {resource.accessListName && <li>{t("accessList", { list: resource.accessListName })}</li>}
        {resource.isOneTimeConsent && <li>{t("oneTime")}</li>}
      </ul>
    </section>
  );
}
