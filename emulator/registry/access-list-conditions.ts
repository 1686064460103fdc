import type { IncomingMessage } from "node:http";
import { parseEtagValue } from "./access-list-etag";
import { registryProblems } from "./registry-problems";

/**
 * Request conditions on access lists, as the registry binds and checks them
 * (Altinn/altinn-resource-registry: Models/RequestConditionCollection.ModelBinder.cs, Models/RequestCondition.cs,
 * Core/Models/Versioned/IVersionedEntityCondition.cs). If-Match / If-None-Match carry weak ETags only (a strong
 * tag other than `*` is a 400); If-Unmodified-Since is read only without If-Match, If-Modified-Since only
 * without If-None-Match. On reads a satisfied If-None-Match / If-Modified-Since means 304, on writes 412.
 */
export interface VersionedEntity {
  exists: boolean;
  version?: number;
  updatedAt?: string;
}

type Condition =
  | { kind: "exists" }
  | { kind: "not-exists"; read: boolean }
  | { kind: "is-match"; versions: number[] }
  | { kind: "is-different"; versions: number[]; read: boolean }
  | { kind: "modified-since"; date: number; read: boolean }
  | { kind: "unmodified-since"; date: number };

export type ConditionResult = "succeeded" | "failed" | "unmodified";

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const joined = Array.isArray(value) ? value.join(",") : value;
  return joined?.trim() ? joined : undefined;
}

function readTags(value: string, name: string): number[] | "*" {
  const tags = value
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length === 1 && tags[0] === "*") return "*";
  return tags.map((tag) => {
    const weak = /^W\/"([^"]*)"$/.exec(tag);
    if (!weak) {
      const detail = /^"[^"]*"$/.test(tag) ? "Only weak etags are supported." : "Invalid etag.";
      throw registryProblems.modelValidation({ conditions: [`Invalid ${name} header. ${detail}`] });
    }
    const version = parseEtagValue(weak[1] ?? "");
    if (version === undefined)
      throw registryProblems.modelValidation({ conditions: [`Invalid ${name} header. Invalid etag.`] });
    return version;
  });
}

// Per RFC 9110 an unparsable date is ignored.
function readDate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

export function readConditions(req: IncomingMessage): Condition[] {
  const read = req.method === "GET" || req.method === "HEAD";
  const conditions: Condition[] = [];
  const ifMatch = header(req, "if-match");
  if (ifMatch !== undefined) {
    const tags = readTags(ifMatch, "If-Match");
    conditions.push(tags === "*" ? { kind: "exists" } : { kind: "is-match", versions: tags });
  } else {
    const date = readDate(header(req, "if-unmodified-since"));
    if (date !== undefined) conditions.push({ kind: "unmodified-since", date });
  }
  const ifNoneMatch = header(req, "if-none-match");
  if (ifNoneMatch !== undefined) {
    const tags = readTags(ifNoneMatch, "If-None-Match");
    conditions.push(tags === "*" ? { kind: "not-exists", read } : { kind: "is-different", versions: tags, read });
  } else {
    const date = readDate(header(req, "if-modified-since"));
    if (date !== undefined) conditions.push({ kind: "modified-since", date, read });
  }
  return conditions;
}

/** A continuation token carries the list version it was issued for; paging on after a change is a 412. */
export function withVersion(conditions: Condition[], version: number): Condition[] {
  return [...conditions, { kind: "is-match", versions: [version] }];
}

function modifiedSince(entity: VersionedEntity, date: number): boolean {
  // HTTP dates have whole seconds.
  return entity.exists && Math.floor(Date.parse(entity.updatedAt ?? "") / 1000) * 1000 > date;
}

function check(condition: Condition, entity: VersionedEntity): ConditionResult {
  const equals = (versions: number[]) => entity.exists && versions.includes(entity.version ?? -1);
  const verdict = (ok: boolean, otherwise: ConditionResult): ConditionResult => (ok ? "succeeded" : otherwise);
  switch (condition.kind) {
    case "exists":
      return verdict(entity.exists, "failed");
    case "not-exists":
      return verdict(!entity.exists, condition.read ? "unmodified" : "failed");
    case "is-match":
      return verdict(equals(condition.versions), "failed");
    case "is-different":
      return verdict(!equals(condition.versions), condition.read ? "unmodified" : "failed");
    case "modified-since":
      return verdict(modifiedSince(entity, condition.date), condition.read ? "unmodified" : "failed");
    case "unmodified-since":
      return verdict(!modifiedSince(entity, condition.date), "failed");
  }
}

export function validateConditions(conditions: Condition[], entity: VersionedEntity): ConditionResult {
  const results = conditions.map((condition) => check(condition, entity));
  if (results.includes("failed")) return "failed";
  return results.includes("unmodified") ? "unmodified" : "succeeded";
}

/** Whether a PUT may create the list (AllowsCreatingNewEntity: the conditions hold for a missing entity). */
export function allowsCreating(conditions: Condition[]): boolean {
  return validateConditions(conditions, { exists: false }) === "succeeded";
}
