import { ProblemError } from "../problem";

const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";

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

function invalid(detail: string): never {
  throw new ProblemError(400, "Invalid policy", { code: "RR-00020", detail, errors: { policyFile: [detail] } });
}

/**
 * Tag balance check: not a full XML parser, but it catches the truncated or hand-edited
 * files a real XACML parser would reject (unclosed or crossed elements).
 */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  for (const match of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = "", selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) invalid(`Unexpected closing tag </${name}>`);
  }
  if (stack.length) invalid(`Unclosed element <${stack[stack.length - 1]}>`);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

function parseRule(ruleTag: string, ruleBody: string): PolicyRule {
  const rule: PolicyRule = {
    ruleId: attribute(ruleTag, "RuleId"),
    effect: attribute(ruleTag, "Effect"),
    actions: [],
    subjects: [],
    resources: [],
  };
  // In XACML 3 each <Match> pairs one AttributeValue with the designator naming what it is.
  for (const match of ruleBody.matchAll(/<(?:\w+:)?Match\b[^>]*>([\s\S]*?)<\/(?:\w+:)?Match>/g)) {
    const inner = match[1] ?? "";
    const value = /<(?:\w+:)?AttributeValue\b[^>]*>([\s\S]*?)<\/(?:\w+:)?AttributeValue>/.exec(inner)?.[1];
    const designator = /<(?:\w+:)?AttributeDesignator\b[^>]*>/.exec(inner)?.[0];
    if (value === undefined || !designator) continue;
    const id = attribute(designator, "AttributeId") ?? "";
    const category = attribute(designator, "Category") ?? "";
    const entry = { id, value: decodeXml(value) };
    if (id === ACTION_ID || category.endsWith(":action")) rule.actions.push(entry.value);
    else if (category.includes("subject-category")) rule.subjects.push(entry);
    else if (category.endsWith(":resource")) rule.resources.push(entry);
  }
  return rule;
}

/** Checks an uploaded XACML policy for `resourceId` and extracts its rules. */
export function parsePolicy(xml: string, resourceId: string): PolicyRule[] {
  if (!/<(?:\w+:)?Policy[\s>]/.test(xml)) invalid("The file is not an XACML policy (no <Policy> element)");
  checkWellFormed(xml);
  const rules: PolicyRule[] = [];
  for (const match of xml.matchAll(/(<(?:\w+:)?Rule\b[^>]*>)([\s\S]*?)<\/(?:\w+:)?Rule>/g)) {
    rules.push(parseRule(match[1] ?? "", match[2] ?? ""));
  }
  if (!rules.length) invalid("The policy has no rules");
  // The registry refuses a policy written for another resource (a copy-paste slip).
  for (const rule of rules) {
    const other = rule.resources.find((entry) => entry.id === "urn:altinn:resource" && entry.value !== resourceId);
    if (other) invalid(`Rule ${rule.ruleId ?? ""} refers to resource ${other.value}, not ${resourceId}`);
  }
  return rules;
}
