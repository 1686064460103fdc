import { requireAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import type { EmulatorContext, RouteGroup } from "../route-group";
import type { EnvName } from "../state/environments";
import { decideResourceAction } from "./decision-point";
import { isRecord, readRegistryJson } from "./request-body";
import { mountForEnvironment, Router, type RouteContext } from "./router";
import { SUBJECT_ATTRIBUTE, type DecisionSubject } from "./subject-attributes";

// Altinn's external decision endpoint, `POST /authorization/api/v1/authorize` (Altinn/altinn-authorization-tmp
// src/apps/Altinn.Authorization/src/Altinn.Authorization/Controllers/DecisionController.cs, AuthorizeExternal, policy
// AUTHORIZESCOPEACCESS = scope `altinn:authorization/authorize`): a XACML JSON request (Models/External/
// XacmlJsonRequestRootExternal.cs: `Request` with `AccessSubject`, `Action`, `Resource`, each a list of categories
// holding `Attribute: [{AttributeId, Value}]`) answered with `{response: [{decision, status, obligations}]}`. One
// request (no MultiRequests); the emulator's decision point (decision-point.ts) decides it against the resource's
// published policy, and records it like every decision.

export const AUTHORIZATION_PATH = "/platform/authorization/api/v1";
const AUTHORIZE_SCOPE = "altinn:authorization/authorize";
const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const RESOURCE_ID = "urn:altinn:resource";

type TAttributes = Map<string, string[]>;

/** A category list's attributes by id (property names are matched case-insensitively, as ASP.NET binds them). */
function attributesOf(request: Record<string, unknown>, category: string): TAttributes {
  const key = Object.keys(request).find((name) => name.toLowerCase() === category.toLowerCase());
  const attributes: TAttributes = new Map();
  const categories = key ? request[key] : undefined;
  for (const entry of Array.isArray(categories) ? categories : []) {
    if (!isRecord(entry)) continue;
    const list = Object.entries(entry).find(([name]) => name.toLowerCase() === "attribute")?.[1];
    for (const attribute of Array.isArray(list) ? list : []) {
      if (!isRecord(attribute)) continue;
      const field = (name: string) => Object.entries(attribute).find(([k]) => k.toLowerCase() === name)?.[1];
      const id = field("attributeid");
      const value = field("value");
      if (typeof id === "string" && typeof value === "string")
        attributes.set(id, [...(attributes.get(id) ?? []), value]);
    }
  }
  return attributes;
}

/** The subject: an organisation (its number) or a person acting with role codes and access packages. */
function subjectOf(attributes: TAttributes): DecisionSubject {
  const orgNumber = attributes.get(SUBJECT_ATTRIBUTE.organization)?.[0];
  if (orgNumber) return { partyType: "organization", orgNumber };
  const roleCodes = attributes.get(SUBJECT_ATTRIBUTE.roleCode);
  const accessPackages = attributes.get(SUBJECT_ATTRIBUTE.accessPackage);
  return {
    partyType: "person",
    ...(roleCodes ? { roleCodes } : {}),
    ...(accessPackages ? { accessPackages } : {}),
  };
}

/** XacmlJsonResultExternal: the decision and a status code; obligations only with a Permit. */
function resultOf(env: EnvName, resourceId: string, action: string, subject: DecisionSubject) {
  const decision = decideResourceAction(env, { resourceId, action, subject });
  const ok = decision.decision !== "Indeterminate";
  return {
    decision: decision.decision,
    status: {
      statusCode: { value: `urn:oasis:names:tc:xacml:1.0:status:${ok ? "ok" : "processing-error"}` },
      ...(ok ? {} : { statusMessage: decision.reason }),
    },
    obligations: (decision.obligations ?? []).map((obligation) => ({
      id: obligation.id,
      attributeAssignment: obligation.attributeAssignment,
    })),
  };
}

async function authorize(context: RouteContext): Promise<void> {
  await requireAltinnToken(context.req, context.env, [AUTHORIZE_SCOPE]);
  const body = await readRegistryJson(context.req);
  const rootKey = isRecord(body) ? Object.keys(body).find((name) => name.toLowerCase() === "request") : undefined;
  const request = rootKey && isRecord(body) ? body[rootKey] : undefined;
  if (!isRecord(request)) {
    // The controller's catch: a request it cannot convert is Indeterminate with a syntax-error status.
    const status = { statusCode: { value: "urn:oasis:names:tc:xacml:1.0:status:syntax-error" } };
    return sendJson(context.res, 200, { response: [{ decision: "Indeterminate", status }] });
  }
  const resourceId = attributesOf(request, "Resource").get(RESOURCE_ID)?.[0] ?? "";
  const action = attributesOf(request, "Action").get(ACTION_ID)?.[0] ?? "";
  const subject = subjectOf(attributesOf(request, "AccessSubject"));
  sendJson(context.res, 200, { response: [resultOf(context.env, resourceId, action, subject)] });
}

/** Altinn Authorization's decision point (PDP) of one environment. */
export function authorizationRoutes(context: EmulatorContext, env: EnvName): RouteGroup {
  const router = new Router().on("POST", "/authorize", authorize);
  return mountForEnvironment(AUTHORIZATION_PATH, router, env, context.publicUrl);
}
