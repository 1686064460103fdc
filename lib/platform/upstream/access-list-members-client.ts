import "server-only";
import { z } from "zod";
import {
  ACCESS_LIST_READ,
  ACCESS_LIST_WRITE,
  type AccessListTarget,
  listPath,
  MAX_PAGES,
  nextPageUrl,
  type TVersioned,
  zPage,
} from "./access-lists-client";
import { resourceRegistryHttp } from "./authorized-http-clients";
import type { UpstreamResponse } from "./http-base-client";
import { isUpstreamError } from "./upstream-error";

// Members of an access list (`/access-lists/{owner}/{id}/members`): organisations identified by URN. The registry
// takes at most 100 members per call, so this client refuses larger batches before sending anything (see
// access-list-members-in-batches.ts for more). Each change returns the list's new ETag.

export const MAX_MEMBERS_PER_CALL = 100;
export const ORGANISATION_URN_PREFIX = "urn:altinn:organization:identifier-no:";

export const organisationUrn = (orgNumber: string) => `${ORGANISATION_URN_PREFIX}${orgNumber}`;

// AccessListMembershipDto: `id` is the party's `urn:altinn:party:uuid:…`; among `identifiers`, `urn:altinn:party:id`
// is a number and the organisation number a string (altinn-resource-registry-v1.swagger.json).
export const ZAccessListMember = z.looseObject({
  id: z.string().nullish(),
  since: z.string().nullish(),
  identifiers: z.record(z.string(), z.union([z.string(), z.number()])).nullish(),
});
export type TAccessListMember = z.infer<typeof ZAccessListMember>;

const ZMembersPage = zPage(ZAccessListMember);

/** The member's organisation number, when it is identified by one. */
export function memberOrgNumber(member: TAccessListMember): string | undefined {
  const value = member.identifiers?.[ORGANISATION_URN_PREFIX.slice(0, -1)];
  return typeof value === "string" ? value : undefined;
}

export class TooManyMembersError extends Error {
  constructor(readonly count: number) {
    super(`The Resource Registry takes at most ${MAX_MEMBERS_PER_CALL} members per call (got ${count})`);
    this.name = "TooManyMembersError";
  }
}

/** Fresh starts of a member listing after the list changed under it, before giving up. */
export const LISTING_RESTARTS = 3;

/**
 * All members, 100 per page (AccessListService.cs LARGE_PAGE_SIZE), following `links.next`. Altinn's next link
 * carries the list's version in its token and answers 412 once the list has changed (AccessListsController.cs
 * GetAccessListMembers): the pages read so far may then be stale, so the listing starts over from the first page.
 */
export async function listAccessListMembers(target: AccessListTarget, id: string): Promise<TAccessListMember[]> {
  const http = resourceRegistryHttp(target, ACCESS_LIST_READ);
  const firstPage = `${listPath(target.owner, id)}/members`;
  for (let restart = 0; ; restart++) {
    const members: TAccessListMember[] = [];
    let next: string | undefined = firstPage;
    try {
      for (let page = 0; next !== undefined; page++) {
        if (page >= MAX_PAGES) throw new Error(`The registry kept sending pages of members of ${id} (${MAX_PAGES})`);
        const { data }: UpstreamResponse<z.infer<typeof ZMembersPage>> = await http.request({
          method: "GET",
          path: next,
          schema: ZMembersPage,
        });
        members.push(...data.data);
        next = data.links?.next ? nextPageUrl(http.baseUrl, data.links.next) : undefined;
      }
      return members;
    } catch (error) {
      const changedMeanwhile = isUpstreamError(error) && error.status === 412 && next !== firstPage;
      if (!changedMeanwhile || restart >= LISTING_RESTARTS) throw error;
    }
  }
}

type TMemberChange = "add" | "remove" | "replace";
const METHOD = { add: "POST", remove: "DELETE", replace: "PUT" } as const;

/** Sends one change of members (at most MAX_MEMBERS_PER_CALL); `ifMatch` makes it conditional on the list's ETag. */
const changeMembers =
  (change: TMemberChange) =>
  async (
    target: AccessListTarget,
    id: string,
    orgNumbers: readonly string[],
    ifMatch?: string,
  ): Promise<TVersioned<TAccessListMember[] | undefined>> => {
    if (orgNumbers.length > MAX_MEMBERS_PER_CALL) throw new TooManyMembersError(orgNumbers.length);
    const http = resourceRegistryHttp(target, ACCESS_LIST_WRITE);
    const { data, headers } = await http.request({
      method: METHOD[change],
      path: `${listPath(target.owner, id)}/members`,
      body: { data: orgNumbers.map(organisationUrn) },
      headers: ifMatch ? { "if-match": ifMatch } : undefined,
      schema: ZMembersPage.optional(),
    });
    return { value: data?.data, etag: headers.get("etag") };
  };

export const addAccessListMembers = changeMembers("add");
export const removeAccessListMembers = changeMembers("remove");
/** Sets the members to exactly these (at most 100; build larger lists with add in batches). */
export const replaceAccessListMembers = changeMembers("replace");
