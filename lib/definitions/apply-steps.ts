import "server-only";
import { saveConsentResourceVersion } from "@/lib/consent-resources/save-consent-resource-version";
import { saveResourceDocumentation } from "@/lib/documentation/save-resource-documentation";
import { SAVE_DOCUMENTATION_ACTION, savedLanguageNote } from "@/lib/documentation/who-saved-documentation";
import { changedLanguages } from "./documentation-entry";
import { publishConsentResource } from "@/lib/publishing/publish-consent-resource";
import { withdrawConsentResource } from "@/lib/publishing/withdraw-consent-resource";
import { createScope } from "@/lib/scopes/create-scope";
import { deactivateScope } from "@/lib/scopes/deactivate-scope";
import { UPDATE_SCOPE_ACTION, updateScope } from "@/lib/scopes/update-scope";
import { toUpstreamEnv } from "@/lib/platform/environment";
import type { TDefinitionsDocument, TPlannedChange } from "./definitions-schema";
import { accessListSteps } from "./apply-list-steps";
import { findResource, findScopeId, PHASES, resourceEntry, scopeEntry, via, type TApplyStep } from "./apply-context";

// Each planned change as the domain operations the portal's own forms call (the same checks, rows and queued upstream
// changes), with the audit action name of that form. A step runs in its own audited transaction (apply-definitions.ts).

function scopeSteps(change: TPlannedChange): TApplyStep[] {
  const step = (phase: number, action: string, run: TApplyStep["run"]) => [{ phase, action, targetType: "scope", run }];
  if (change.action === "delete")
    return step(PHASES.remove, "scope.deactivate", async (c) => {
      const { scope } = await deactivateScope({ ...c, scopeId: await findScopeId(c, change.key) });
      return { targetId: scope.id, summary: via(`Deactivated ${scope.name} in ${scope.environment}`) };
    });
  if (change.action === "create")
    return step(PHASES.scope, "scope.create", async (c) => {
      const { subscope, ...fields } = scopeEntry(c, change.key);
      const environment = toUpstreamEnv(c.environment);
      const { scope } = await createScope({ ...c, environment, subscope, fields });
      return { targetId: scope.id, summary: via(`Created ${scope.name} in ${environment}`) };
    });
  return step(PHASES.scope, UPDATE_SCOPE_ACTION, async (c) => {
    const { subscope: _subscope, ...fields } = scopeEntry(c, change.key);
    const { scope } = await updateScope({ ...c, scopeId: await findScopeId(c, change.key), fields });
    return { targetId: scope.id, summary: via(`Updated ${scope.name} in ${scope.environment}`) };
  });
}

function resourceSteps(change: TPlannedChange, document: TDefinitionsDocument): TApplyStep[] {
  const targetType = "consent-resource";
  const identifier = change.key;
  const withdraw: TApplyStep = {
    phase: PHASES.withdraw,
    action: "consent-resource.withdraw",
    targetType,
    run: async (c) => {
      const { version } = await withdrawConsentResource({ ...c, identifier });
      const from = toUpstreamEnv(c.environment);
      return { targetId: identifier, summary: via(`Withdrew ${identifier} (version ${version}) from ${from}`) };
    },
  };
  if (change.action === "delete") return [withdraw];
  const steps: TApplyStep[] = [];
  if (change.action === "create" || change.fields.some((field) => field !== "published"))
    steps.push({
      phase: PHASES.resource,
      action: "consent-resource.save",
      targetType,
      run: async (c) => {
        const existing = await findResource(c, identifier);
        const saved = await saveConsentResourceVersion({
          tx: c.tx,
          organisationId: c.organisation.id,
          userId: c.actorId,
          resourceId: existing?.id,
          definition: { identifier, ...resourceEntry(c, identifier).definition },
          ownerOrgCode: c.organisation.orgCode,
        });
        return { targetId: saved.resourceId, summary: via(`Saved version ${saved.version} of ${identifier}`) };
      },
    });
  if (!change.fields.includes("published")) return steps;
  const publishes = document.consentResources.some((entry) => entry.identifier === identifier && entry.published);
  if (!publishes) return [...steps, withdraw];
  return [
    ...steps,
    {
      phase: PHASES.publish,
      action: "consent-resource.publish",
      targetType,
      run: async (c) => {
        const resource = await findResource(c, identifier);
        const version = resource?.latestVersion ?? 0;
        await publishConsentResource({ ...c, identifier, version });
        const to = toUpstreamEnv(c.environment);
        return { targetId: identifier, summary: via(`Published version ${version} of ${identifier} to ${to}`) };
      },
    },
  ];
}

function documentationSteps(change: TPlannedChange): TApplyStep[] {
  const run: TApplyStep["run"] = async (c) => {
    const documentation = resourceEntry(c, change.key).documentation;
    const resource = await findResource(c, change.key);
    if (!documentation || !resource) throw new Error(`documentation of ${change.key} planned without its content`);
    // Only the languages the plan found changed are saved, each at its own version (issue 16.6).
    const languages = changedLanguages(change.fields);
    let resourceId = resource.id;
    for (const language of languages) {
      const content = documentation[language];
      if (!content) throw new Error(`documentation of ${change.key} in ${language} planned without its content`);
      const saved = await saveResourceDocumentation({
        tx: c.tx,
        organisationId: c.organisation.id,
        identifier: change.key,
        language,
        version: resource.documentationVersions[language] ?? 0,
        content,
      });
      resourceId = saved.resourceId;
    }
    // "… of skd-inntekt in nb and in en", so the conflict message finds who saved each language.
    const note = languages.map(savedLanguageNote).join("and").trimEnd();
    return { targetId: resourceId, summary: via(`Saved documentation of ${change.key}${note}`) };
  };
  return [{ phase: PHASES.documentation, action: SAVE_DOCUMENTATION_ACTION, targetType: "consentResource", run }];
}

/** The steps that carry out one planned change of the document. */
export function stepsOf(change: TPlannedChange, document: TDefinitionsDocument): TApplyStep[] {
  switch (change.kind) {
    case "scope":
      return scopeSteps(change);
    case "consentResource":
      return resourceSteps(change, document);
    case "documentation":
      return documentationSteps(change);
    default:
      return accessListSteps(change);
  }
}
