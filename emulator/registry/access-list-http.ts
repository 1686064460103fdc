import type { ServerResponse } from "node:http";
import { type AltinnCaller, requireAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import { orgCodeOf, orgNumberOfCode } from "../orgs/org-register";
import { readConditions, validateConditions } from "./access-list-conditions";

export type RequestConditions = ReturnType<typeof readConditions>;
import { decodeOpaque, encodeOpaque, formatEtag } from "./access-list-etag";
import type { AccessList, AccessListMember, ResourceConnection } from "./access-list-store";
import { PARTY_URN, partyOfOrg } from "./party-identifiers";
import { registryProblems, validationErrors } from "./registry-problems";
import type { RouteContext } from "./router";

export const LIST_PAGE_SIZE = 20;
export const MEMBER_PAGE_SIZE = 100;
export const MAX_MEMBERS_PER_CALL = 100;

const ADMIN = "altinn:resourceregistry/resource.admin";
const PDP = "altinn:resourceregistry/accesslist.pdp";
// ResourceRegistryHost.cs: POLICY_ACCESS_LIST_READ / _WRITE.
const READ_SCOPES = [ADMIN, "altinn:resourceregistry/accesslist.read", "altinn:resourceregistry/accesslist.write", PDP];
const WRITE_SCOPES = [ADMIN, "altinn:resourceregistry/accesslist.write"];

export interface ListOwner {
  caller: AltinnCaller;
  /** The owner's org code as registered (the filter normalises case). */
  owner: string;
}

/**
 * Who may call `/access-lists/{owner}`: first the authorization policy (a scope from the list, and the
 * caller owns `{owner}`: Auth/OwnedResourceAuthorizationHandler.cs compares the token's `urn:altinn:org`
 * case-insensitively, or the organisation number when `{owner}` is one; resource.admin and accesslist.pdp
 * are exempt, Auth/ResourceOwnerExcemptScopesHandler.cs), answering a bare 403; then
 * Filters/OwnerMustBeOrgcodeFilterAttribute.cs: `{owner}` must be a registered org code (400 RR.VLD-00010).
 */
export async function requireListOwner(context: RouteContext, write: boolean): Promise<ListOwner> {
  const requested = context.params.owner ?? "";
  const caller = await requireAltinnToken(context.req, context.env, []);
  const scopes = write ? WRITE_SCOPES : READ_SCOPES;
  if (!scopes.some((scope) => caller.scopes.includes(scope))) throw registryProblems.forbidden();
  const exempt = caller.scopes.includes(ADMIN) || caller.scopes.includes(PDP);
  const callerCode = caller.orgCode ?? orgCodeOf(caller.orgNumber);
  const owns = /^\d{9}$/.test(requested)
    ? requested === caller.orgNumber
    : callerCode !== undefined && callerCode.toLowerCase() === requested.toLowerCase();
  if (!exempt && !owns) throw registryProblems.forbidden();
  const owner = orgNumberOfCode(requested) ? requested.toLowerCase() : undefined;
  if (!owner) throw registryProblems.validation([{ ...validationErrors.ownerMustBeOrgCode, paths: ["/$PATH/owner"] }]);
  return { caller, owner };
}

/**
 * Applies If-Match / If-None-Match / If-(Un)Modified-Since to an existing list: 412 when they fail; for a
 * read whose If-None-Match / If-Modified-Since holds, 304 with the headers (returns true: nothing more to send).
 */
export function conditionsHold(context: RouteContext, list: AccessList, conditions: RequestConditions): boolean {
  const result = validateConditions(conditions, { exists: true, version: list.version, updatedAt: list.updatedAt });
  if (result === "failed") throw registryProblems.status(412);
  if (result === "unmodified") {
    context.res.writeHead(304, versionHeaders(list)).end();
    return false;
  }
  return true;
}

function versionHeaders(list: AccessList): Record<string, string> {
  return { etag: formatEtag(list.version), "last-modified": new Date(list.updatedAt).toUTCString() };
}

/** VersionedTaggedObjectResult: the body with the list's ETag and Last-Modified. */
export function sendWithEtag(res: ServerResponse, status: number, list: AccessList, body: unknown): void {
  for (const [name, value] of Object.entries(versionHeaders(list))) res.setHeader(name, value);
  sendJson(res, status, body);
}

/** A missing list is ASP.NET's NotFound() (a ProblemDetails with status 404). */
export function existingList(list: AccessList | undefined): AccessList {
  if (!list) throw registryProblems.status(404);
  return list;
}

/** AccessListMembershipDto: `id` is the party UUID URN; `identifiers` names the party three ways. */
export function memberDto(partyUuid: string, member: AccessListMember) {
  const party = partyOfOrg(member.orgNumber);
  return {
    id: `${PARTY_URN.uuid}:${partyUuid}`,
    since: member.since,
    identifiers: {
      [PARTY_URN.uuid]: partyUuid,
      [PARTY_URN.id]: party.partyId,
      [PARTY_URN.organization]: member.orgNumber,
    },
  };
}

/** AccessListResourceConnectionDto: `actionFilters` is left out when empty (every action) or not loaded. */
export function connectionDto(resourceIdentifier: string, connection: ResourceConnection, includeActions = true) {
  return {
    resourceIdentifier,
    ...(includeActions && connection.actions.length ? { actionFilters: connection.actions } : {}),
    createdAt: connection.createdAt,
    updatedAt: connection.updatedAt,
  };
}

/** `links` as the registry writes it: `next` is left out on the last page (JSON options ignore nulls). */
export function links(next: string | undefined): { next?: string } {
  return next ? { next } : {};
}

/**
 * A continuation token for a list's members or connections (Opaque<{Version, ContinueFrom}>): the list version it
 * was issued for and the first key of the next page. A malformed token is a model validation problem on `token`.
 */
export function decodePageToken(token: string | null): { version: number; from: string } | undefined {
  if (token === null) return undefined;
  const value = decodeOpaque(token) as { Version?: unknown; ContinueFrom?: unknown } | undefined;
  if (typeof value?.Version !== "number" || typeof value.ContinueFrom !== "string") {
    throw registryProblems.modelValidation({ token: [`The value '${token}' is not valid.`] });
  }
  return { version: value.Version, from: value.ContinueFrom };
}

/** `links` of a page of the list's `segment` (members, resource-connections): `next` names the next page's first key. */
export function pageLinks(context: RouteContext, list: AccessList, segment: string, nextKey: string | undefined) {
  const path = `/access-lists/${encodeURIComponent(list.owner)}/${encodeURIComponent(list.identifier)}/${segment}`;
  const token = nextKey && encodeOpaque({ Version: list.version, ContinueFrom: nextKey });
  return links(token ? `${context.baseUrl}${path}?token=${token}` : undefined);
}
