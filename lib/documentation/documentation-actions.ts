"use server";

import { saveResourceDocumentation } from "@/lib/documentation/save-resource-documentation";
import { ZSaveDocumentation } from "@/lib/documentation/schemas";
import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { SAVE_DOCUMENTATION_ACTION, savedLanguageNote } from "@/lib/documentation/who-saved-documentation";

export const saveDocumentationAction = orgAction({
  name: SAVE_DOCUMENTATION_ACTION,
  schema: ZSaveDocumentation,
  minimumRole: "EDITOR",
  // The catalog shows the documentation too, so its pages are stale as well.
  revalidate: (input) => [
    `/orgs/${input.orgNumber}/resources/${input.identifier}/documentation`,
    `/catalog/${input.identifier}`,
  ],
  run: async ({ input, tx, organisation }) => {
    const { identifier, language, version, steps, requiredAccess, contact, sections } = input;
    const content = { steps, requiredAccess, contact, sections };
    const saved = await saveResourceDocumentation({
      tx,
      organisationId: organisation.id,
      identifier,
      language,
      version,
      content,
    });
    const summary = `Saved the documentation of ${identifier}${savedLanguageNote(language)}(${content.sections.length} extra sections)`;
    // The form carries the new version, so the same editor can save again without reloading.
    return auditedAs("consentResource")({ version: saved.version }, saved.resourceId, summary);
  },
});
