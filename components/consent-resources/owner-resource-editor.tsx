import type { getResourceEditorOptions } from "@/lib/consent-resources/get-resource-editor-options";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { ResourceEditor, type TResourceEditorProps } from "./resource-editor";

/**
 * The resource editor for an owner organisation, new or existing resource alike: the scopes it may reference, the
 * consent templates it may use (`options`, loaded by the page) and the identifier it should start with are the
 * organisation's. A server component, so only what the editor needs of the organisation goes to the browser.
 */
export function OwnerResourceEditor({
  organisation,
  options,
  ...props
}: Omit<TResourceEditorProps, "ownerOrgCode" | "catalogue" | "scopeNames" | "identifierSuggestion"> & {
  organisation: TOrganisationSummary;
  options: Awaited<ReturnType<typeof getResourceEditorOptions>>;
}) {
  return (
    <ResourceEditor
      {...props}
      ownerOrgCode={organisation.orgCode}
      catalogue={options.catalogue}
      scopeNames={options.scopeNames}
      identifierSuggestion={organisation.scopePrefix ? `${organisation.scopePrefix}-` : ""}
    />
  );
}
