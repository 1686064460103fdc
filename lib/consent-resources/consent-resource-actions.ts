"use server";

import { saveConsentResourceVersion } from "@/lib/consent-resources/save-consent-resource-version";
import { ZSaveConsentResource } from "@/lib/consent-resources/schemas";
import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";

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
    const { id: organisationId, orgCode: ownerOrgCode } = organisation;
    const saved = await saveConsentResourceVersion({ tx, ...input, organisationId, userId: user.id, ownerOrgCode });
    const summary = `Saved version ${saved.version} of ${saved.identifier}`;
    return auditedAs("consent-resource")(saved, saved.resourceId, summary);
  },
});
