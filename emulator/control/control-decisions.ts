import { HttpError } from "../http-helpers";
import { decideResourceAction, type ResourceActionDecision } from "../registry/decision-point";
import type { DecisionSubject } from "../registry/subject-attributes";
import { isEnvName } from "../state/environments";

function strings(value: unknown, field: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== "string"))
    throw new HttpError(400, `${field} must be an array of strings`);
  return value as string[];
}

function subjectOf(value: unknown): DecisionSubject {
  if (typeof value !== "object" || value === null) throw new HttpError(400, "subject must be an object");
  const input = value as Record<string, unknown>;
  if (input.partyType !== "organization" && input.partyType !== "person")
    throw new HttpError(400, 'subject.partyType must be "organization" or "person"');
  if (input.orgNumber !== undefined && typeof input.orgNumber !== "string")
    throw new HttpError(400, "subject.orgNumber must be a string");
  const roleCodes = strings(input.roleCodes, "subject.roleCodes");
  const accessPackages = strings(input.accessPackages, "subject.accessPackages");
  return {
    partyType: input.partyType,
    ...(typeof input.orgNumber === "string" ? { orgNumber: input.orgNumber } : {}),
    ...(roleCodes ? { roleCodes } : {}),
    ...(accessPackages ? { accessPackages } : {}),
  };
}

/**
 * POST /_emulator/decisions {env, resourceId, action, subject}: asks the emulator's decision point whether the
 * subject may perform the action on the resource (e.g. "would this bank be allowed to request consent?"). The
 * decision is recorded like any other.
 */
export function decide(body: unknown): ResourceActionDecision {
  if (typeof body !== "object" || body === null) throw new HttpError(400, "expected a JSON object");
  const input = body as Record<string, unknown>;
  if (typeof input.env !== "string" || !isEnvName(input.env)) throw new HttpError(400, 'env must be "test" or "prod"');
  if (typeof input.resourceId !== "string" || !input.resourceId) throw new HttpError(400, "resourceId is required");
  if (typeof input.action !== "string" || !input.action) throw new HttpError(400, "action is required");
  return decideResourceAction(input.env, {
    resourceId: input.resourceId,
    action: input.action,
    subject: subjectOf(input.subject),
  });
}
