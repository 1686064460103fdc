import type { EnvName } from "../state/environments";
import { type DecisionObligation, recordDecision } from "./decision-log";
import { getResource } from "./resource-store";
import { type DecisionSubject, subjectAttributes } from "./subject-attributes";
import { CATEGORY, evaluatePolicy, type PolicyEvaluation } from "./xacml-evaluate";

export interface ResourceActionDecision {
  decision: "Permit" | "Deny" | "NotApplicable" | "Indeterminate";
  reason: string;
  ruleId?: string;
  /** With a Permit: the policy's obligations, e.g. the minimum authentication level, as the real PDP returns them. */
  obligations?: DecisionObligation[];
}

const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const RESOURCE_ID = "urn:altinn:resource";

function describe(attributes: Map<string, string[]>): string {
  const parts = [...attributes].map(([id, values]) => `${id}=${values.join("|")}`);
  return parts.length ? parts.join(", ") : "none";
}

function decide(
  env: EnvName,
  input: { resourceId: string; action: string; subject: DecisionSubject },
  given: Map<string, string[]>,
): ResourceActionDecision {
  const stored = getResource(env, input.resourceId);
  // DecisionController.Authorize: no policy → ArgumentException("Policy not found for resource") → Indeterminate.
  if (!stored)
    return {
      decision: "Indeterminate",
      reason: `Resource ${input.resourceId} does not exist, so there is no policy (Altinn answers Indeterminate)`,
    };
  const policy = stored.policy?.document;
  if (!policy)
    return {
      decision: "Indeterminate",
      reason: `No policy has been published for ${input.resourceId} (Altinn answers Indeterminate)`,
    };

  for (const [id, values] of subjectAttributes(env, input.subject, policy)) given.set(id, values);
  const evaluation: PolicyEvaluation = evaluatePolicy(policy, {
    [CATEGORY.subject]: given,
    [CATEGORY.resource]: new Map([[RESOURCE_ID, [input.resourceId]]]),
    [CATEGORY.action]: new Map([[ACTION_ID, [input.action]]]),
  });
  const ruleId = evaluation.rules.find((rule) => rule.decision === evaluation.decision)?.ruleId;
  const rulesForAction = evaluation.rules.length;

  if (evaluation.decision === "Permit" && stored.resource.accessListMode === "Enabled") {
    // DecisionController.IsAccessListAuthorized then checks the access lists of the *resource party*
    // (int.Parse of the request's party id); a request that names only the resource, as a consent request
    // does, has none, so the decision endpoint throws and answers Indeterminate.
    return {
      decision: "Indeterminate",
      ruleId,
      reason: `Rule ${ruleId} permits, but accessListMode is Enabled: Altinn then checks the access lists of the resource party, which a request naming only the resource lacks, and fails (Indeterminate). Consent resources restrict requesters with an urn:altinn:access-list subject in the policy instead.`,
    };
  }
  const subjectText = describe(given);
  switch (evaluation.decision) {
    case "Permit":
      return {
        decision: "Permit",
        ruleId,
        reason: `Rule ${ruleId} permits ${input.action} for the subject (${subjectText})`,
        obligations: evaluation.obligations.map((obligation) => ({
          id: obligation.obligationId,
          attributeAssignment: obligation.assignments,
        })),
      };
    case "Deny":
      return {
        decision: "Deny",
        ruleId,
        reason: `Rule ${ruleId} denies ${input.action} for the subject (${subjectText})`,
      };
    case "NotApplicable":
      return {
        decision: "NotApplicable",
        reason: rulesForAction
          ? `No rule for ${input.action} on ${input.resourceId} matches the subject's attributes (${subjectText})`
          : `The policy of ${input.resourceId} has no rule for the action ${input.action}`,
      };
    default:
      return {
        decision: "Indeterminate",
        ruleId,
        reason:
          evaluation.note ?? evaluation.rules.find((rule) => rule.note)?.note ?? "The rules could not be evaluated",
      };
  }
}

/**
 * The emulator's policy decision point for one action on a Resource Registry resource, evaluated against the
 * XACML policy the owner published (`POST/PUT /resource/{id}/policy`) the way Altinn's PDP does
 * (xacml-evaluate.ts), with the subject attributes Altinn would hold (subject-attributes.ts). Only Permit
 * allows the action (the consent API's DecisionHelper.ValidatePdpDecisionWithoutObligationCheck). Every
 * decision is recorded in the state (`authorization.decisions`).
 */
export function decideResourceAction(
  env: EnvName,
  input: { resourceId: string; action: string; subject: DecisionSubject },
): ResourceActionDecision {
  const given = new Map<string, string[]>();
  const result = decide(env, input, given);
  recordDecision({
    at: new Date().toISOString(),
    env,
    resourceId: input.resourceId,
    action: input.action,
    subject: input.subject,
    subjectAttributes: Object.fromEntries(given),
    decision: result.decision,
    reason: result.reason,
    ...(result.ruleId ? { ruleId: result.ruleId } : {}),
    obligations: result.obligations ?? [],
  });
  return result;
}
