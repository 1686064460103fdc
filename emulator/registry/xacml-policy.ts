import { parseXacmlPolicy, type XacmlPolicyDocument, XacmlSyntaxError } from "./xacml-document";
import { CATEGORY } from "./xacml-evaluate";

const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const RESOURCE_ID = "urn:altinn:resource";

/** What a published rule grants, enough for tests to check what the portal published. */
export interface PolicyRule {
  ruleId?: string;
  effect?: string;
  actions: string[];
  /** Subject attributes, e.g. {id: "urn:altinn:rolecode", value: "dagl"}. */
  subjects: { id: string; value: string }[];
  /** Resource attributes, e.g. {id: "urn:altinn:resource", value: "stami-samtykke-must"}. */
  resources: { id: string; value: string }[];
}

/** Why the registry refuses a policy: `BadRequest(message)` for a policy about other resources, 500 for one it cannot parse. */
export class PolicyRejected extends Error {
  constructor(
    readonly status: 400 | 500,
    message: string,
  ) {
    super(message);
  }
}

function summarise(document: XacmlPolicyDocument): PolicyRule[] {
  return document.rules.map((rule) => {
    const matches = (rule.target ?? []).flat(2);
    const pick = (category: string) =>
      matches
        .filter((match) => match.category === category)
        .map((match) => ({ id: match.attributeId, value: match.value }));
    return {
      ruleId: rule.ruleId,
      effect: rule.effect,
      actions: pick(CATEGORY.action)
        .filter((entry) => entry.id === ACTION_ID)
        .map((entry) => entry.value),
      subjects: pick(CATEGORY.subject),
      resources: pick(CATEGORY.resource),
    };
  });
}

/**
 * Parses an uploaded policy as ResourceController.WritePolicy → ResourceRegistryService.StorePolicy does
 * (Altinn/altinn-resource-registry, src/Altinn.ResourceRegistry.Core/Helpers/PolicyHelper.cs): XacmlParser
 * failures are not ArgumentExceptions, so the controller answers 500; EnsureValidPolicy throws
 * ArgumentException (400 with the message) when a rule names another registry resource or none at all.
 */
export function parsePolicy(xml: string, resourceId: string): { document: XacmlPolicyDocument; rules: PolicyRule[] } {
  let document: XacmlPolicyDocument;
  try {
    document = parseXacmlPolicy(xml);
  } catch (error) {
    if (error instanceof XacmlSyntaxError) throw new PolicyRejected(500, error.message);
    throw error;
  }
  const rules = summarise(document);
  for (const rule of rules) {
    const named = rule.resources.filter((entry) => entry.id === RESOURCE_ID);
    if (named.some((entry) => entry.value !== resourceId)) {
      throw new PolicyRejected(400, "Policy not accepted: Contains rules for a different registry resource");
    }
    if (!named.length)
      throw new PolicyRejected(400, "Policy not accepted: Contains rule without reference to registry resource id");
  }
  return { document, rules };
}
