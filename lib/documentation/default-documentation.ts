import { createTranslator } from "next-intl";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { codeList, escapeMarkdown } from "./markdown-text";
import type { TDocumentationContent } from "./schemas";

// The documentation a resource starts with, written from the consumer's side of the onboarding
// (DOMAIN.md, "Data consumer" 1-4) and the resource's own definition, so an owner edits rather than
// starts from a blank page. Generated in the editor's language: the documentation has one language.

type TDefinitionForDefaults = Pick<
  TConsentResourceDefinition,
  "identifier" | "scopeReferences" | "consentMetadata" | "accessListMode" | "contactPoints"
>;

function translator(locale: TLocale) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: "documentation.defaults" });
}

/** The consumer's steps as a numbered Markdown list. */
export function defaultSteps(options: {
  locale: TLocale;
  definition: TDefinitionForDefaults;
  ownerName: string;
}): string {
  const t = translator(options.locale);
  const { definition } = options;
  const owner = escapeMarkdown(options.ownerName);
  // Every declared key must be sent: Altinn ignores `optional` (ConsentService.ValidateRequiredMetadata, AM-00008).
  const metadata = definition.consentMetadata.map((m) => `\`${m.key}\``);
  const steps = [
    t("client"),
    t("consentScopes", { scopes: codeList(["altinn:consentrequests.read", "altinn:consentrequests.write"]) }),
    definition.scopeReferences.length > 0
      ? t("scopeAccess", { owner, scopes: codeList(definition.scopeReferences) })
      : t("noScopes", { owner }),
    ...(definition.accessListMode === "Enabled" ? [t("accessList", { owner })] : []),
    metadata.length > 0
      ? t("integration", { identifier: `\`${definition.identifier}\``, metadata: metadata.join(", "), owner })
      : t("integrationNoMetadata", { identifier: `\`${definition.identifier}\``, owner }),
  ];
  return steps.map((step, index) => `${index + 1}. ${step}`).join("\n");
}

/** The resource's contact points as a Markdown list. */
export function defaultContact(options: {
  locale: TLocale;
  definition: Pick<TDefinitionForDefaults, "contactPoints">;
}): string {
  const t = translator(options.locale);
  return options.definition.contactPoints
    .map((point) => {
      const parts = [
        point.email && `[${escapeMarkdown(point.email)}](mailto:${point.email})`,
        point.telephone && escapeMarkdown(point.telephone),
        point.contactPage && `[${t("contactPage")}](${point.contactPage})`,
      ].filter(Boolean);
      // The registry takes any category (e.g. "Tilbakemeldinger"): one the portal has no words for is written as is.
      const key = `categories.${point.category}` as "categories.Support";
      return `- **${t.has(key) ? t(key) : escapeMarkdown(point.category)}:** ${parts.join(" · ")}`;
    })
    .join("\n");
}

/** What the editor shows before anything is saved. */
export function defaultDocumentation(options: {
  locale: TLocale;
  definition: TDefinitionForDefaults;
  ownerName: string;
}): TDocumentationContent {
  return { steps: defaultSteps(options), requiredAccess: "", contact: defaultContact(options), sections: [] };
}
