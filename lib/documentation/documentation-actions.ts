"use server";

import { saveResourceDocumentation } from "@/lib/documentation/save-resource-documentation";
import { ZSaveDocumentation } from "@/lib/documentation/schemas";
import { orgAction } from "@/lib/platform/actions/safe-action";
import { SAVE_DOCUMENTATION_ACTION } from "@/lib/documentation/who-saved-documentation";

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
    const { identifier, version, steps, requiredAccess, contact, sections } = input;
    const content = { steps, requiredAccess, contact, sections };
    const saved = await saveResourceDocumentation({
      tx,
      organisationId: organisation.id,
      identifier,
      version,
      content,
    });
    return {
      // The form carries the new version, so the same editor can save again without reloading.
      data: { version: saved.version },
      audit: {
        targetType: "consentResource",
        targetId: saved.resourceId,
        summary: `Saved the documentation of ${identifier} (${content.sections.length} extra sections)`,
      },
    };
  },
});
