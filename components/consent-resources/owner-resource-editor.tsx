import { useTranslations } from "next-intl";
import type { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import { PREVIEW_FIRST_LANGUAGE, previewConsentText } from "@/lib/consent-resources/preview-consent-text";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { MarkdownText } from "./markdown-text";
import { NewResourceIntro } from "./new-resource-intro";
import type { TResourceEditorProps } from "./resource-editor";
import { ResourceDefinitionView } from "./resource-definition-view";
import { ResourceEditorOpener } from "./resource-editor-opener";

/**
 * The resource editor for an owner organisation, new or existing resource alike: the scopes it may reference, the
 * consent templates it may use (`options`, loaded by the page) and the identifier it should start with are the
 * organisation's. A server component, so only what the editor needs of the organisation goes to the browser, and
 * the preview's first consent text is rendered here as Markdown (as the preview first shows it: bokmål, no sample
 * values), so the browser loads the Markdown renderer only when that text changes (consent-text-markdown.tsx).
 * An existing resource (`withView`) opens on its read view, with "Edit the definition" loading the editor in place;
 * a new one on what the definition asks for, with "Start the definition" (new-resource-intro.tsx).
 */
export function OwnerResourceEditor({
  organisation,
  options,
  withView = false,
  ...props
}: Omit<
  TResourceEditorProps,
  "ownerOrgCode" | "catalogue" | "scopeNames" | "identifierSuggestion" | "initialConsentText"
> & {
  organisation: TOrganisationSummary;
  options: Awaited<ReturnType<typeof getResourceEditorOptions>>;
  withView?: boolean;
}) {
  const t = useTranslations("consentResources.editor");
  const consentText = previewConsentText(props.initial, PREVIEW_FIRST_LANGUAGE);
  const editor: TResourceEditorProps = {
    ...props,
    ownerOrgCode: organisation.orgCode,
    catalogue: options.catalogue,
    scopeNames: options.scopeNames,
    identifierSuggestion: organisation.scopePrefix ? `${organisation.scopePrefix}-` : "",
    initialConsentText: consentText.trim()
      ? { source: consentText, rendered: <MarkdownText text={consentText} /> }
      : undefined,
  };
  const view = withView ? (
    <ResourceDefinitionView
      definition={props.initial}
      templates={options.catalogue?.templates ?? null}
      ownerOrgCode={organisation.orgCode}
      connectedLists={props.connectedLists ?? { test: [], prod: [] }}
      canEdit={props.canEdit}
    />
  ) : (
    <NewResourceIntro orgNumber={props.orgNumber} scopeNames={options.scopeNames} />
  );
  return (
    <ResourceEditorOpener
      label={!props.canEdit ? t("openReadOnly") : withView ? t("open") : t("start")}
      loadingLabel={t("opening")}
      view={view}
      editor={editor}
    />
  );
}
