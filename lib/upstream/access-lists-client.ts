import "server-only";
import { z } from "zod";
import { type ActingFor, resourceRegistryHttp } from "./authorized-http-clients";
import type { UpstreamResponse } from "./http-base-client";

// Access lists in Altinn's Resource Registry (`/access-lists/{owner}`, AccessListsController.cs; owner = the
// service owner's org code): lists of organisations that may request consent for a resource, and their
// connections to resources. Lists are versioned with ETags; a write with a stale If-Match gets 412.
// Members live in access-list-members-client.ts.

export const ACCESS_LIST_READ = ["altinn:resourceregistry/accesslist.read"];
export const ACCESS_LIST_WRITE = ["altinn:resourceregistry/accesslist.write"];

export interface AccessListTarget extends ActingFor {
  /** The service owner's org code, e.g. `skd`. */
  owner: string;
}

export const ZAccessList = z.looseObject({
  identifier: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  resourceConnections: z
    .array(z.looseObject({ resourceIdentifier: z.string(), actionFilters: z.array(z.string()).nullish() }))
    .nullish(),
  members: z.array(z.unknown()).nullish(),
});
export type TAccessList = z.infer<typeof ZAccessList>;

/** One page of a paginated registry answer; `links.next` is the URL of the next page (continuation token). */
export const zPage = <T extends z.ZodType>(item: T) =>
  z.looseObject({ data: z.array(item), links: z.looseObject({ next: z.string().nullish() }).nullish() });

const ZAccessListPage = zPage(ZAccessList);

export interface TVersioned<T> {
  value: T;
  /** The version to send as If-Match with the next change; null when the registry sent none. */
  etag: string | null;
}

export const listBase = (owner: string) => `access-lists/${encodeURIComponent(owner)}`;
export const listPath = (owner: string, id: string) => `${listBase(owner)}/${encodeURIComponent(id)}`;

/** All lists of the owner, following continuation links to the end. */
export async function listAccessLists(
  target: AccessListTarget,
  include?: "resources" | "members",
): Promise<TAccessList[]> {
  const http = resourceRegistryHttp(target, ACCESS_LIST_READ);
  const lists: TAccessList[] = [];
  let next: string | undefined = listBase(target.owner);
  let query: Record<string, string | undefined> | undefined = { include };
  for (let page = 0; next !== undefined && page < 1000; page++) {
    const { data }: UpstreamResponse<z.infer<typeof ZAccessListPage>> = await http.request({
      method: "GET", path: next, query, schema: ZAccessListPage,
    });
    lists.push(...data.data);
    next = data.links?.next ?? undefined;
    query = undefined; // the next link carries the query, including the continuation token
  }
  return lists;
}

export async function getAccessList(target: AccessListTarget, id: string): Promise<TVersioned<TAccessList> | null> {
  const http = resourceRegistryHttp(target, ACCESS_LIST_READ);
  const { data, headers } = await http.request({
    method: "GET", path: listPath(target.owner, id), schema: ZAccessList, acceptStatuses: [404],
  });
  return data === null ? null : { value: data, etag: headers.get("etag") };
}

/** Creates or renames the list. With `ifMatch`, a concurrent change since that version gets 412. */
export async function upsertAccessList(
  target: AccessListTarget,
  id: string,
  list: { name: string; description?: string },
  ifMatch?: string,
): Promise<TVersioned<TAccessList>> {
  const http = resourceRegistryHttp(target, ACCESS_LIST_WRITE);
  const { data, headers } = await http.request({
    method: "PUT",
    path: listPath(target.owner, id),
    body: { name: list.name, description: list.description ?? "" },
    headers: ifMatch ? { "if-match": ifMatch } : undefined,
    schema: ZAccessList,
  });
  return { value: data, etag: headers.get("etag") };
}

export async function deleteAccessList(target: AccessListTarget, id: string, ifMatch?: string): Promise<void> {
  await resourceRegistryHttp(target, ACCESS_LIST_WRITE).request({
    method: "DELETE", path: listPath(target.owner, id), headers: ifMatch ? { "if-match": ifMatch } : undefined,
  });
}

/** Lets the list's members perform `actionFilters` (e.g. `["requestconsent"]`; null = every action) on the resource. */
export async function putResourceConnection(
  target: AccessListTarget,
  id: string,
  resourceId: string,
  actionFilters: string[] | null,
): Promise<void> {
  await resourceRegistryHttp(target, ACCESS_LIST_WRITE).request({
    method: "PUT",
    path: `${listPath(target.owner, id)}/resource-connections/${encodeURIComponent(resourceId)}`,
    body: { actionFilters },
  });
}

export async function deleteResourceConnection(target: AccessListTarget, id: string, resourceId: string): Promise<void> {
  await resourceRegistryHttp(target, ACCESS_LIST_WRITE).request({
    method: "DELETE",
    path: `${listPath(target.owner, id)}/resource-connections/${encodeURIComponent(resourceId)}`,
  });
}
