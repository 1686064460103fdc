"use server";

import { saveConsentResourceVersion } from "@/lib/consent-resources/save-consent-resource-version";
import { ZSaveConsentResource } from "@/lib/consent-resources/schemas";
import { orgAction } from "@/lib/platform/actions/safe-action";

/** Saves the editor's content as a new draft version (never publishes). */
export const saveConsentResourceAction = orgAction({
  name: "consent-resource.save",
  schema: ZSaveConsentResource,
  minimumRole: "EDITOR",
  revalidate: (input) => [
    `/orgs/${input.orgNumber}/resources`,
    `/orgs/${input.orgNumber}/resources/${input.definition.identifier}`,
  ],
  run: async ({ input, tx, organisation, user }) => {
    const saved = await saveConsentResourceVersion({
      tx,
      organisationId: organisation.id,
      userId: user.id,
      resourceId: input.resourceId,
      baseVersion: input.baseVersion,
      definition: input.definition,
      ownerOrgCode: organisation.orgCode,
    });
    return {
      data: saved,
      audit: {
        targetType: "consent-resource",
        targetId: saved.resourceId,
        summary: `Saved version ${saved.version} of ${saved.identifier}`,
      },
    };
  },
});
