import { nationalIdentityNumberProblem } from "../idporten/national-identity-number";
import { isValidOrgNumber } from "../orgs/org-register";
import { getResource } from "../registry/resource-store";
import { isRecord } from "../registry/request-body";
import type { EnvName } from "../state/environments";
import { consentProblems } from "./consent-problems";
import { type ConsentRight, ORGANISATION_URN } from "./consent-store";

export const PERSON_URN = "urn:altinn:person:identifier-no:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ConsentRequestInput {
  id: string;
  from: string;
  to: string;
  validTo: string;
  consentRights: ConsentRight[];
  requestMessage?: Record<string, string>;
  redirectUrl: string;
}

type Errors = Record<string, string[]>;
const add = (errors: Errors, field: string, message: string) => void (errors[field] ??= []).push(message);

function isPartyUrn(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (value.startsWith(PERSON_URN)) return nationalIdentityNumberProblem(value.slice(PERSON_URN.length)) === undefined;
  return value.startsWith(ORGANISATION_URN) && isValidOrgNumber(value.slice(ORGANISATION_URN.length));
}

/**
 * Metadata rules (DOMAIN.md): keys lowercase, every key the resource declares as not
 * optional present, keys the resource does not declare rejected. Returns the clean map.
 */
function checkMetadata(errors: Errors, field: string, given: unknown, declared: unknown): Record<string, string> {
  const metadata: Record<string, string> = {};
  if (given !== undefined && given !== null && !isRecord(given)) {
    add(errors, field, "metadata must be an object of strings");
    return metadata;
  }
  const declaredKeys = isRecord(declared) ? declared : {};
  for (const [key, value] of Object.entries(given ?? {})) {
    if (key !== key.toLowerCase()) add(errors, `${field}.${key}`, `Metadata key "${key}" must be lowercase`);
    else if (!(key in declaredKeys)) add(errors, `${field}.${key}`, `Metadata key "${key}" is not declared by the resource`);
    else if (typeof value !== "string") add(errors, `${field}.${key}`, `Metadata value for "${key}" must be a string`);
    else metadata[key] = value;
  }
  for (const [key, spec] of Object.entries(declaredKeys)) {
    const optional = isRecord(spec) && spec.optional === true;
    if (!optional && !metadata[key] && !errors[`${field}.${key}`]) add(errors, `${field}.${key}`, `Metadata key "${key}" is required`);
  }
  return metadata;
}

function checkRight(env: EnvName, errors: Errors, right: unknown, index: number, templates: Set<string>): ConsentRight | undefined {
  const field = `consentRights[${index}]`;
  if (!isRecord(right)) return void add(errors, field, "must be an object");
  const actions = right.action;
  if (!Array.isArray(actions) || !actions.length || actions.some((action) => action !== "consent")) {
    add(errors, `${field}.action`, 'action must be ["consent"]');
  }
  const resources = right.resource;
  if (!Array.isArray(resources) || resources.length !== 1) return void add(errors, `${field}.resource`, "Exactly one resource per right");
  const [reference] = resources as unknown[];
  if (!isRecord(reference) || reference.type !== "urn:altinn:resource" || typeof reference.value !== "string") {
    return void add(errors, `${field}.resource`, 'The resource must be {"type": "urn:altinn:resource", "value": "<resource id>"}');
  }
  const resource = getResource(env, reference.value)?.resource;
  if (!resource) return void add(errors, `${field}.resource`, `Resource ${reference.value} does not exist`);
  if (resource.resourceType !== "Consent") {
    return void add(errors, `${field}.resource`, `Resource ${reference.value} is not a consent resource (resourceType ${String(resource.resourceType)})`);
  }
  templates.add(String(resource.consentTemplate ?? ""));
  // Digdir's docs spell it both ways; accept either, store as `metadata`.
  const metadata = checkMetadata(errors, `${field}.metadata`, right.metadata ?? right.metaData, resource.consentMetadata);
  return { action: ["consent"], resource: [{ type: "urn:altinn:resource", value: reference.value }], metadata };
}

/** Checks a POST body against the consent API's rules; throws a 400 problem naming every broken rule. */
export function validateConsentRequest(env: EnvName, body: unknown): ConsentRequestInput {
  const errors: Errors = {};
  if (!isRecord(body)) throw consentProblems.validation({ body: ["The body must be a consent request object"] });
  const { id, from, to, validTo, consentRights, requestMessage, redirectUrl } = body;
  if (typeof id !== "string" || !UUID.test(id)) add(errors, "id", "id must be a UUID chosen by the client");
  if (!isPartyUrn(from)) add(errors, "from", `from must be ${PERSON_URN}{national identity number} or ${ORGANISATION_URN}{org number}`);
  if (typeof to !== "string" || !to.startsWith(ORGANISATION_URN) || !isValidOrgNumber(to.slice(ORGANISATION_URN.length))) {
    add(errors, "to", `to must be ${ORGANISATION_URN}{org number}`);
  }
  const validUntil = typeof validTo === "string" ? Date.parse(validTo) : NaN;
  if (Number.isNaN(validUntil)) add(errors, "validTo", "validTo must be an ISO 8601 date-time");
  else if (validUntil <= Date.now()) add(errors, "validTo", "validTo must be in the future");
  const rights: ConsentRight[] = [];
  const templates = new Set<string>();
  if (!Array.isArray(consentRights) || !consentRights.length) add(errors, "consentRights", "At least one consent right is required");
  else {
    consentRights.forEach((right: unknown, index) => {
      const checked = checkRight(env, errors, right, index, templates);
      if (checked) rights.push(checked);
    });
  }
  if (templates.size > 1) add(errors, "consentRights", `All resources must share one consentTemplate (found ${[...templates].join(", ")})`);
  const messageOk = isRecord(requestMessage) && Object.values(requestMessage).every((text) => typeof text === "string");
  if (requestMessage !== undefined && requestMessage !== null && !messageOk) {
    add(errors, "requestMessage", "requestMessage must map languages (nb, nn, en) to texts");
  }
  if (typeof redirectUrl !== "string" || !/^https?:$/.test(safeProtocol(redirectUrl))) {
    add(errors, "redirectUrl", "redirectUrl must be an absolute http(s) URL");
  }
  if (Object.keys(errors).length) throw consentProblems.validation(errors);
  return {
    id: (id as string).toLowerCase(),
    from: from as string,
    to: to as string,
    validTo: validTo as string,
    consentRights: rights,
    ...(isRecord(requestMessage) ? { requestMessage: requestMessage as Record<string, string> } : {}),
    redirectUrl: redirectUrl as string,
  };
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return "";
  }
}
