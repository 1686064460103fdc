import type { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import { PREVIEW_FIRST_LANGUAGE, previewConsentText } from "@/lib/consent-resources/preview-consent-text";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { MarkdownText } from "./markdown-text";
import { ResourceEditor, type TResourceEditorProps } from "./resource-editor";

/**
 * The resource editor for an owner organisation, new or existing resource alike: the scopes it may reference, the
 * consent templates it may use (`options`, loaded by the page) and the identifier it should start with are the
 * organisation's. A server component, so only what the editor needs of the organisation goes to the browser, and
 * the preview's first consent text is rendered here as Markdown (as the preview first shows it: bokmål, no sample
 * values), so the browser loads the Markdown renderer only when that text changes (consent-text-markdown.tsx).
 */
export function OwnerResourceEditor({
  organisation,
  options,
  ...props
}: Omit<
  TResourceEditorProps,
  "ownerOrgCode" | "catalogue" | "scopeNames" | "identifierSuggestion" | "initialConsentText"
> & {
  organisation: TOrganisationSummary;
  options: Awaited<ReturnType<typeof getResourceEditorOptions>>;
}) {
  const consentText = previewConsentText(props.initial, PREVIEW_FIRST_LANGUAGE);
  return (
    <ResourceEditor
      {...props}
      ownerOrgCode={organisation.orgCode}
      catalogue={options.catalogue}
      scopeNames={options.scopeNames}
      identifierSuggestion={organisation.scopePrefix ? `${organisation.scopePrefix}-` : ""}
      initialConsentText={
        consentText.trim() ? { source: consentText, rendered: <MarkdownText text={consentText} /> } : undefined
      }
    />
  );
}
