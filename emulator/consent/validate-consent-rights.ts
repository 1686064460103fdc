import { getResource } from "../registry/resource-store";
import type { EnvName } from "../state/environments";
import type { ConsentRightInput } from "./consent-request-binding";
import { Problems, ValidationErrors } from "./consent-problems";
import type { StoredConsentRight } from "./consent-store";
import { BareStatus } from "./http-results";
import { problem, type ProblemInstance } from "./problem-details";
import { checkConsentMetadata } from "./validate-consent-metadata";

/**
 * ConsentService.ValidateConsentRight, in the order Altinn checks (Altinn/altinn-authorization-tmp
 * .../Core/Services/ConsentService.cs), for each right:
 * - exactly one resource, else AM-00005; the resource `type` is not checked;
 * - the resource must be a consent resource (resourceType Consent), else AM-00005; a resource the registry does not
 *   have makes ResourceRegistryClient.GetResource throw (HTTP 500), though the requestconsent decision refuses it first;
 * - its metadata (validate-consent-metadata.ts);
 * - every right's resource must use the first right's consentTemplate (ignoring case), else AM-00009;
 * - an empty or missing `action` is STD.VLD-00000 (Required) at "/consentRight/{i}/action", as a validation problem of
 *   its own after that right's other problems.
 * Each resource's registry version is recorded (ConsentResourceAttribute.Version).
 */
export interface RightsCheck {
  problems: ProblemInstance[];
  templateId: string | null;
  rights: StoredConsentRight[];
}

export function checkConsentRights(env: EnvName, rights: ConsentRightInput[]): RightsCheck {
  const result: RightsCheck = { problems: [], templateId: null, rights: [] };
  rights.forEach((right, index) => {
    const stored: StoredConsentRight = {
      action: right.action,
      resource: right.resource.map((item) => ({ ...item, version: "" })),
      metadata: right.metadata,
    };
    result.rights.push(stored);
    if (right.resource.length !== 1) result.problems.push(problem(Problems.InvalidConsentResource));
    else {
      const resourceId = right.resource[0]?.value ?? "";
      const found = getResource(env, resourceId);
      if (!found) throw new BareStatus(500, `the registry has no resource ${resourceId}`);
      const resource = found.resource;
      if (String(resource.resourceType).toLowerCase() !== "consent")
        result.problems.push(problem(Problems.InvalidConsentResource));
      else {
        result.problems.push(...checkConsentMetadata(index, right.metadata, resource.consentMetadata));
        if (stored.resource[0]) stored.resource[0].version = String(found.version);
      }
      const template = typeof resource.consentTemplate === "string" ? resource.consentTemplate : null;
      if (!result.templateId) result.templateId = template;
      else if (result.templateId.toLowerCase() !== template?.toLowerCase())
        result.problems.push(problem(Problems.InvalidResourceCombination));
    }
    if (!right.action?.length) {
      result.problems.push({
        kind: "validation",
        errors: [{ descriptor: ValidationErrors.Required, paths: [`/consentRight/${index}/action`] }],
      });
    }
  });
  return result;
}
