import type { IncomingMessage, ServerResponse } from "node:http";
import { type AltinnCaller, requireAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import { ProblemError } from "../problem";
import type { AccessList, ResourceConnection } from "./access-list-store";
import { registryProblems } from "./registry-problems";
import type { RouteContext } from "./router";

export const PAGE_SIZE = 100;
export const ORGANISATION_URN = "urn:altinn:organization:identifier-no";

const READ_SCOPES = ["altinn:resourceregistry/accesslist.read", "altinn:resourceregistry/accesslist.write"];
const WRITE_SCOPES = ["altinn:resourceregistry/accesslist.write"];

/**
 * Every access-list call acts for `{owner}`, an org code (OwnerMustBeOrgcodeFilter); the
 * token's organisation must be that owner.
 */
export async function requireListOwner(context: RouteContext, write: boolean): Promise<AltinnCaller> {
  const owner = context.params.owner ?? "";
  if (/^\d+$/.test(owner)) {
    throw registryProblems.validation({ owner: ["owner must be an org code (e.g. skd), not an organisation number"] });
  }
  const caller = await requireAltinnToken(context.req, context.env, write ? WRITE_SCOPES : READ_SCOPES);
  if (caller.orgCode?.toLowerCase() !== owner.toLowerCase()) {
    throw registryProblems.notOwner(`Organisation ${caller.orgNumber} (${caller.orgCode ?? "no org code"}) may not manage access lists of ${owner}`);
  }
  return caller;
}

function entityTags(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(",") : header;
  return value ? value.split(",").map((tag) => tag.trim()).filter(Boolean) : [];
}

/**
 * If-Match / If-None-Match on a list (RFC 9110): a stale If-Match is 412, which is how
 * Altinn reports a concurrent edit. If-Match uses strong comparison, so weak tags never match.
 */
export function checkPreconditions(req: IncomingMessage, list: AccessList | undefined): void {
  const ifMatch = entityTags(req.headers["if-match"]);
  if (ifMatch.length && !(list && (ifMatch.includes("*") || ifMatch.includes(list.etag)))) {
    throw registryProblems.preconditionFailed(
      list ? `The access list has changed (current ETag ${list.etag})` : "The access list does not exist",
    );
  }
  const ifNoneMatch = entityTags(req.headers["if-none-match"]);
  if (req.method !== "GET" && list && (ifNoneMatch.includes("*") || ifNoneMatch.includes(list.etag))) {
    throw registryProblems.preconditionFailed("The access list already exists");
  }
}

/** 304 for a conditional GET whose If-None-Match names the current ETag. */
export function notModified(req: IncomingMessage, res: ServerResponse, list: AccessList): boolean {
  if (!entityTags(req.headers["if-none-match"]).includes(list.etag)) return false;
  res.writeHead(304, { etag: list.etag }).end();
  return true;
}

export function sendWithEtag(res: ServerResponse, status: number, list: AccessList, body: unknown): void {
  res.setHeader("etag", list.etag);
  res.setHeader("last-modified", new Date(list.updatedAt).toUTCString());
  sendJson(res, status, body);
}

export function existingList(list: AccessList | undefined, context: RouteContext): AccessList {
  if (!list) throw registryProblems.notFound(`Access list ${context.params.owner}/${context.params.id} does not exist`);
  return list;
}

export function memberDto(orgNumber: string, since: string) {
  return { id: `${ORGANISATION_URN}:${orgNumber}`, since, identifiers: { [ORGANISATION_URN]: orgNumber } };
}

export function connectionDto(resourceIdentifier: string, connection: ResourceConnection) {
  return {
    resourceIdentifier,
    ...(connection.actionFilters?.length ? { actionFilters: connection.actionFilters } : {}),
    createdAt: connection.createdAt,
    updatedAt: connection.updatedAt,
  };
}

/** Continuation tokens are opaque to clients; here they carry the last key of the previous page. */
export function encodeToken(after: string): string {
  return Buffer.from(JSON.stringify({ after })).toString("base64url");
}

export function decodeToken(token: string | null): string | undefined {
  if (token === null || token === "") return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { after?: unknown };
    if (typeof parsed.after === "string") return parsed.after;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError(400, "Invalid continuation token", { code: "RR-00016", errors: { token: ["Not a token this API issued"] } });
}
