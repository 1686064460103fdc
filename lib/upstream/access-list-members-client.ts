import "server-only";
import { z } from "zod";
import {
  ACCESS_LIST_READ,
  ACCESS_LIST_WRITE,
  type AccessListTarget,
  listPath,
  type TVersioned,
  zPage,
} from "./access-lists-client";
import { resourceRegistryHttp } from "./authorized-http-clients";
import type { UpstreamResponse } from "./http-base-client";

// Members of an access list (`/access-lists/{owner}/{id}/members`): organisations identified by URN. The registry
// takes at most 100 members per call, so this client refuses larger batches before sending anything (see
// add-access-list-members-in-batches.ts for more). Each change returns the list's new ETag.

export const MAX_MEMBERS_PER_CALL = 100;
export const ORGANISATION_URN_PREFIX = "urn:altinn:organization:identifier-no:";

export const organisationUrn = (orgNumber: string) => `${ORGANISATION_URN_PREFIX}${orgNumber}`;

export const ZAccessListMember = z.looseObject({
  id: z.string().nullish(),
  since: z.string().nullish(),
  identifiers: z.record(z.string(), z.string()).nullish(),
});
export type TAccessListMember = z.infer<typeof ZAccessListMember>;

const ZMembersPage = zPage(ZAccessListMember);

/** The member's organisation number, when it is identified by one. */
export const memberOrgNumber = (member: TAccessListMember) =>
  member.identifiers?.[ORGANISATION_URN_PREFIX.slice(0, -1)] ?? undefined;

export class TooManyMembersError extends Error {
  constructor(readonly count: number) {
    super(`The Resource Registry takes at most ${MAX_MEMBERS_PER_CALL} members per call (got ${count})`);
    this.name = "TooManyMembersError";
  }
}

/** All members, following continuation links. */
export async function listAccessListMembers(target: AccessListTarget, id: string): Promise<TAccessListMember[]> {
  const http = resourceRegistryHttp(target, ACCESS_LIST_READ);
  const members: TAccessListMember[] = [];
  let next: string | undefined = `${listPath(target.owner, id)}/members`;
  for (let page = 0; next !== undefined && page < 10_000; page++) {
    const { data }: UpstreamResponse<z.infer<typeof ZMembersPage>> = await http.request({
      method: "GET", path: next, schema: ZMembersPage,
    });
    members.push(...data.data);
    next = data.links?.next ?? undefined;
  }
  return members;
}

type TMemberChange = "add" | "remove" | "replace";
const METHOD = { add: "POST", remove: "DELETE", replace: "PUT" } as const;

async function changeMembers(
  change: TMemberChange,
  target: AccessListTarget,
  id: string,
  orgNumbers: readonly string[],
  ifMatch?: string,
): Promise<TVersioned<TAccessListMember[] | undefined>> {
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
}

export const addAccessListMembers = (target: AccessListTarget, id: string, orgNumbers: readonly string[], ifMatch?: string) =>
  changeMembers("add", target, id, orgNumbers, ifMatch);

export const removeAccessListMembers = (target: AccessListTarget, id: string, orgNumbers: readonly string[], ifMatch?: string) =>
  changeMembers("remove", target, id, orgNumbers, ifMatch);

/** Sets the members to exactly these (at most 100; build larger lists with add in batches). */
export const replaceAccessListMembers = (target: AccessListTarget, id: string, orgNumbers: readonly string[], ifMatch?: string) =>
  changeMembers("replace", target, id, orgNumbers, ifMatch);
