import { type ConsentTemplateCatalogue, findConsentTemplate } from "../consent-templates/template-catalogue";
import type { EnvName } from "../state/environments";
import type { ConsentRequestInput } from "./consent-request-binding";
import { ValidationErrors } from "./consent-problems";
import type { StoredConsentRight } from "./consent-store";
import { BareStatus } from "./http-results";
import type { PartyUrn } from "./party-urn";
import { AltinnProblem, combineProblems, type ProblemInstance } from "./problem-details";
import { checkConsentRights } from "./validate-consent-rights";
import { checkParties } from "./validate-parties";
import { isValidRedirectUrl } from "./validate-redirect-url";
import { checkValidTo } from "./validate-valid-to";

/**
 * ConsentService.ValidateAndSetInternalIdentifiers (Altinn/altinn-authorization-tmp .../Core/Services/ConsentService.cs):
 * an unknown party ends it at once; then every other problem is collected: each right's problems in order, then one
 * validation problem (STD-00000) with validTo (AM.VLD-00022 "ValidTo"), an empty rights list (AM.VLD-00023 at path
 * "Resource") and the redirect URL (AM.VLD-00027 "RedirectUrl"). One problem is answered as itself, several as
 * STD-00001 with HTTP 500. Last, the template of the rights' resources is looked up in the catalogue; a template the
 * catalogue lacks throws KeyNotFoundException there (HTTP 500).
 */
export interface ValidatedRequest {
  rights: StoredConsentRight[];
  templateId: string;
  templateVersion: number | null;
}

export function validateConsentRequest(
  env: EnvName,
  input: ConsentRequestInput,
  handledBy: PartyUrn | null,
  catalogue: ConsentTemplateCatalogue,
): ValidatedRequest {
  const parties = checkParties([input.from, input.to, input.requiredDelegator, handledBy]);
  if (!parties.ok) {
    if ("problem" in parties) throw new AltinnProblem(parties.problem);
    throw new BareStatus(500, `party ${parties.unknownPartyUuid} is not in the emulator's register`);
  }
  const validationErrors = checkValidTo(input.validTo);
  const problems: ProblemInstance[] = [];
  let rights: StoredConsentRight[] = [];
  let templateId: string | null = null;
  if (input.consentRights.length === 0)
    validationErrors.push({ descriptor: ValidationErrors.EmptyList, paths: ["Resource"] });
  else {
    const checked = checkConsentRights(env, input.consentRights);
    problems.push(...checked.problems);
    ({ rights, templateId } = checked);
  }
  if (input.redirectUrl !== null && !isValidRedirectUrl(input.redirectUrl)) {
    validationErrors.push({ descriptor: ValidationErrors.InvalidRedirectUrl, paths: ["RedirectUrl"] });
  }
  if (validationErrors.length) problems.push({ kind: "validation", errors: validationErrors });
  const combined = combineProblems(problems);
  if (combined) throw new AltinnProblem(combined);
  const template = findConsentTemplate(catalogue, templateId);
  if (!template) throw new BareStatus(500, `consent template ${templateId ?? "(none)"} is not in the catalogue`);
  // Altinn's ConsentTemplate binds `version`; the live file names it `templateVersion`, so Altinn records null.
  return { rights, templateId: template.id, templateVersion: template.version ?? null };
}
