import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TDocumentationContent } from "@/lib/documentation/schemas";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { MarkdownText } from "./markdown";
import { CodeList } from "@/components/ui/code-list";

type THeadingLevel = 2 | 3;

function Part(props: { title: string; level: THeadingLevel; id?: string; children: ReactNode }) {
  const Heading = `h${props.level}` as "h2";
  return (
    <section aria-labelledby={props.id ? `${props.id}-heading` : undefined} className="space-y-2">
      <Heading id={props.id ? `${props.id}-heading` : undefined} className="text-lg font-semibold">
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

/**
 * A resource's documentation as consumers read it: in the catalog and in the editor's preview. The
 * required scopes are not part of what the owner writes: they come from the resource definition.
 */
export function DocumentationView(props: {
  content: TDocumentationContent;
  /** Left out where the page shows the scopes already. */
  scopes?: string[];
  headingLevel?: THeadingLevel;
  /** Where the steps are shown elsewhere on the page (the catalog's request-access section), a pointer to them. */
  stepsElsewhere?: ReactNode;
  idPrefix?: string;
  /** The language the owner wrote it in, marked as `lang` so it is read (and checked) as that language. */
  language?: TLocale;
}) {
  const t = useTranslations("documentation.view");
  const level = props.headingLevel ?? 2;
  const markdownLevel = (level + 1) as 3 | 4;
  const { content } = props;
  const prefix = props.idPrefix ?? "doc";
  const orNothing = (text: string) =>
    text.trim() ? (
      <MarkdownText text={text} headingLevel={markdownLevel} />
    ) : (
      <p className="text-slate-600">{t("notDescribed")}</p>
    );
  return (
    <div className="space-y-6" lang={props.language}>
      <Part title={t("steps")} level={level} id={`${prefix}-steps`}>
        {props.stepsElsewhere ?? orNothing(content.steps)}
      </Part>
      {props.scopes && (
        <Part title={t("scopes")} level={level} id={`${prefix}-scopes`}>
          <CodeList items={props.scopes} bulleted empty={<p className="text-slate-600">{t("noScopes")}</p>} />
        </Part>
      )}
      <Part title={t("requiredAccess")} level={level} id={`${prefix}-access`}>
        {orNothing(content.requiredAccess)}
      </Part>
      <Part title={t("contact")} level={level} id={`${prefix}-contact`}>
        {orNothing(content.contact)}
      </Part>
      {content.sections.map((section, index) => (
        <Part key={index} title={section.title || t("untitled")} level={level}>
          {orNothing(section.body)}
        </Part>
      ))}
    </div>
  );
}
