import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ContactPoints } from "@/components/catalog/contact-points";
import { CodeList } from "@/components/ui/code-list";
import { Section } from "@/components/ui/section";
import { definitionProblems } from "@/lib/consent-resources/definition-problems";
import { DEFAULT_APPROVER_ROLES, LANGUAGES } from "@/lib/consent-resources/definition-values";
import type { TConsentTemplate } from "@/lib/consent-templates/consent-template-schema";
import type { TConnectedLists } from "./consent-rules-policy";
import { DefinitionProblemsSummary } from "./definition-problems-summary";
import type { TDefinitionForm } from "./definition-form-types";
import { MarkdownText } from "./markdown-text";

const term = "font-medium";
const detail = "mb-2 break-words sm:mb-0";

/**
 * A resource's latest version as it reads, rendered on the server (issue 17, Deliver 4: the editor's code loads only
 * when "Edit the definition" is pressed, resource-editor-opener.tsx): its problems before publishing, texts in the
 * three languages, the consent text as Markdown, who may request and approve, contact points and keywords.
 */
export function ResourceDefinitionView(props: {
  definition: TDefinitionForm;
  templates: TConsentTemplate[] | null;
  ownerOrgCode: string | null;
  connectedLists: TConnectedLists;
  canEdit: boolean;
}) {
  const t = useTranslations("consentResources");
  const tRules = useTranslations("consentRules");
  const { definition: d } = props;
  const problems = definitionProblems(d, { templates: props.templates, ownerOrgCode: props.ownerOrgCode });
  const empty = <span className="italic text-slate-500">{t("diff.empty")}</span>;
  const option = (group: string, value: string) => {
    const key = `options.${group}.${value}`;
    return t.has(key as never) ? t(key as never) : value;
  };
  const perLanguage = (text: Record<string, string> | undefined, render: (value: string) => ReactNode) => (
    <dl className="space-y-1">
      {LANGUAGES.map((language) => (
        <div key={language}>
          <dt className="text-sm text-slate-600">{t(`editor.language.${language}`)}</dt>
          {/* The owner's text in its own language (read so by screen readers; not the page's words). */}
          <dd>{text?.[language]?.trim() ? <div lang={language}>{render(text[language])}</div> : empty}</dd>
        </div>
      ))}
    </dl>
  );
  const language = (code: string) => {
    const key = `editor.language.${code}`;
    return t.has(key as never) ? t(key as never) : code;
  };
  const plain = (value: string) => <p className="whitespace-pre-wrap">{value}</p>;
  const optionalKeys = new Set((d.consentMetadata ?? []).filter((m) => m.optional).map((m) => m.key));
  return (
    <div className="space-y-4" data-testid="definition-view">
      {!props.canEdit && <p className="rounded bg-slate-100 p-3 text-sm text-slate-700">{t("editor.readOnly")}</p>}
      <DefinitionProblemsSummary problems={problems} />
      <ViewSection id="definition-view-title" title={t("editor.texts")}>
        <ViewRow label={t("fields.identifier")}>
          <code className="break-all">{d.identifier}</code>
        </ViewRow>
        {(["title", "description", "rightDescription"] as const).map((field) => (
          <ViewRow key={field} label={t(`fields.${field}`)}>
            {perLanguage(d[field], plain)}
          </ViewRow>
        ))}
      </ViewSection>
      <ViewSection id="definition-view-consent" title={t("editor.consent")}>
        <ViewRow label={t("fields.consentTemplate")}>
          {d.consentTemplate ? <code>{d.consentTemplate}</code> : empty}
        </ViewRow>
        <ViewRow label={t("fields.isOneTimeConsent")}>{d.isOneTimeConsent ? t("diff.yes") : t("diff.no")}</ViewRow>
        <ViewRow label={t("fields.consentMetadata")}>
          <CodeList
            items={(d.consentMetadata ?? []).map((m) => m.key)}
            empty={empty}
            note={(key) => (optionalKeys.has(key) ? t("diff.optional") : null)}
          />
        </ViewRow>
        <ViewRow label={t("fields.consentText")}>
          {perLanguage(d.consentText, (text) => (
            <MarkdownText text={text} />
          ))}
        </ViewRow>
      </ViewSection>
      <ViewSection id="definition-view-access" title={t("editor.access")}>
        <ViewRow label={t("fields.scopeReferences")}>
          <CodeList items={d.scopeReferences ?? []} empty={empty} />
        </ViewRow>
        <ViewRow label={t("fields.availableForType")}>
          {d.availableForType?.length
            ? d.availableForType.map((type) => option("availableFor", type)).join(", ")
            : empty}
        </ViewRow>
        <ViewRow label={t("fields.status")}>{d.status ? option("statuses", d.status) : empty}</ViewRow>
        <ViewRow label={t("fields.accessListMode")}>
          <p>{option("accessListModes", d.accessListMode ?? "Disabled")}</p>
          {(["test", "prod"] as const).map((environment) => {
            const lists = props.connectedLists[environment];
            const name = tRules(`environments.${environment}`);
            return (
              <p key={environment} className="text-sm text-slate-700">
                {lists.length
                  ? tRules("requesters.connected", { environment: name, lists: lists.join(", ") })
                  : tRules("requesters.noneConnected", { environment: name })}
              </p>
            );
          })}
        </ViewRow>
        <ViewRow label={t("fields.approverRoles")}>
          <CodeList items={d.approverRoles ?? DEFAULT_APPROVER_ROLES} empty={empty} />
        </ViewRow>
        <ViewRow label={t("fields.approverAccessPackages")}>
          <CodeList items={d.approverAccessPackages ?? []} empty={empty} />
        </ViewRow>
      </ViewSection>
      <ViewSection id="definition-view-more" title={t("editor.contact")}>
        <ViewRow label={t("fields.contactPoints")}>
          {d.contactPoints?.length ? <ContactPoints points={d.contactPoints} /> : empty}
        </ViewRow>
        <ViewRow label={t("fields.keywords")}>
          {d.keywords?.length ? (
            <ul className="flex flex-wrap gap-2">
              {d.keywords.map((keyword, index) => (
                <li key={index} className="rounded bg-slate-100 px-2">
                  <span lang={keyword.language}>{keyword.word}</span>{" "}
                  <span className="text-sm text-slate-600">({language(keyword.language)})</span>
                </li>
              ))}
            </ul>
          ) : (
            empty
          )}
        </ViewRow>
        <ViewRow label={t("fields.otherReferences")}>
          <CodeList
            items={(d.otherReferences ?? []).map((r) => `${r.referenceType} ${r.reference} (${r.referenceSource})`)}
            empty={empty}
          />
        </ViewRow>
      </ViewSection>
    </div>
  );
}

function ViewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Section headingId={id} title={title} card className="space-y-3">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-3">{children}</dl>
    </Section>
  );
}

function ViewRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className={term}>{label}</dt>
      <dd className={detail}>{children}</dd>
    </>
  );
}
