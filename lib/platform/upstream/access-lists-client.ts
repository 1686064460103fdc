import "server-only";
import { z } from "zod";
import { type ActingFor, resourceRegistryHttp } from "./authorized-http-clients";
import { readAllPages } from "./read-all-pages";
import { isUpstreamError } from "./upstream-error";

// Access lists in Altinn's Resource Registry (`/access-lists/{owner}`, AccessListsController.cs; owner = the
// service owner's org code): lists of organisations that may request consent for a resource, and their
// connections to resources. Lists are versioned with ETags; If-Match is optional, and a write with a stale one gets 412.
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

/**
 * Where `links.next` points, as an absolute URL on the registry's base. Altinn builds it with `Url.Link` (absolute),
 * but the OpenAPI document types it `uri-reference` with a path-only example, so a relative one is resolved too.
 */
export function nextPageUrl(baseUrl: string, next: string): string {
  return new URL(next, `${baseUrl.replace(/\/+$/, "")}/`).toString();
}

/** Pages read before giving up on a listing that never ends. */
export const MAX_PAGES = 1000;

export interface TVersioned<T> {
  value: T;
  /** The version to send as If-Match with the next change; null when the registry sent none. */
  etag: string | null;
}

export const listBase = (owner: string) => `access-lists/${encodeURIComponent(owner)}`;
export const listPath = (owner: string, id: string) => `${listBase(owner)}/${encodeURIComponent(id)}`;

/**
 * All lists of the owner, 20 per page (AccessListService.cs SMALL_PAGE_SIZE), following `links.next` to the end.
 * With `connectedTo`, each list carries its connection to that resource (if any) with its action filters: Altinn
 * refuses `include=resources` without `resource` (and does not implement `include=members`), and its next link
 * drops both (it writes `includes=`, AccessListsController.cs GetAccessListsByOwner), so they are sent on every page.
 * Lists are not filtered by the resource: a list without that connection has `resourceConnections: []`.
 */
export async function listAccessLists(
  target: AccessListTarget,
  options: { connectedTo?: string } = {},
): Promise<TAccessList[]> {
  const query = options.connectedTo
    ? { include: "resources,resource-actions", resource: options.connectedTo }
    : undefined;
  return readAllPages(resourceRegistryHttp(target, ACCESS_LIST_READ), {
    firstPath: listBase(target.owner),
    item: ZAccessList,
    what: "access lists",
    query,
  });
}

export async function getAccessList(
  target: AccessListTarget,
  id: string,
  options: { connections?: boolean } = {},
): Promise<TVersioned<TAccessList> | null> {
  const http = resourceRegistryHttp(target, ACCESS_LIST_READ);
  const { data, headers } = await http.request({
    method: "GET",
    path: listPath(target.owner, id),
    query: options.connections ? { include: "resources,resource-actions" } : undefined,
    schema: ZAccessList,
    acceptStatuses: [404],
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

/** Deletes the list; one that does not exist answers 204 (AccessListsController.cs DeleteAccessList), which is done. */
export async function deleteAccessList(target: AccessListTarget, id: string, ifMatch?: string): Promise<void> {
  await resourceRegistryHttp(target, ACCESS_LIST_WRITE).request({
    method: "DELETE",
    path: listPath(target.owner, id),
    headers: ifMatch ? { "if-match": ifMatch } : undefined,
    expectText: true,
  });
}

/**
 * `RR-00002` "One or more resource references not found": connecting a list to a resource the registry does not
 * have (yet). Altinn answers 400 (Problems.cs ResourceReference_NotFound, from ResourceRegistryRepository.cs
 * GetResourceOwner via AccessListsController.cs UpsertAccessListResourceConnection).
 */
export const isResourceNotInRegistry = (error: unknown) =>
  isUpstreamError(error) && error.status === 400 && error.code === "RR-00002";

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
    expectText: true,
  });
}

/** Removes the connection; one that does not exist answers 204 (AccessListsController.cs), which is done. */
export async function deleteResourceConnection(
  target: AccessListTarget,
  id: string,
  resourceId: string,
): Promise<void> {
  await resourceRegistryHttp(target, ACCESS_LIST_WRITE).request({
    method: "DELETE",
    path: `${listPath(target.owner, id)}/resource-connections/${encodeURIComponent(resourceId)}`,
    expectText: true,
  });
}
