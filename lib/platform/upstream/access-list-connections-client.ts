import "server-only";
import { z } from "zod";
import { ACCESS_LIST_READ, type AccessListTarget, listPath } from "./access-lists-client";
import { resourceRegistryHttp } from "./authorized-http-clients";
import { readAllPages } from "./read-all-pages";

// A list's resource connections (`GET /access-lists/{owner}/{id}/resource-connections`, AccessListsController.cs
// GetAccessListResourceConnections): every resource the list is connected to with its action filters, paged like the
// members (100 a page, `links.next` carrying the list's version). The list listing only shows the connection to one
// named resource, so this is how a list's connections are read without knowing the resources first.

export const ZResourceConnection = z.looseObject({
  resourceIdentifier: z.string(),
  actionFilters: z.array(z.string()).nullish(),
});
export type TResourceConnection = z.infer<typeof ZResourceConnection>;

export function listResourceConnections(target: AccessListTarget, id: string): Promise<TResourceConnection[]> {
  return readAllPages(resourceRegistryHttp(target, ACCESS_LIST_READ), {
    firstPath: `${listPath(target.owner, id)}/resource-connections`,
    item: ZResourceConnection,
    what: `connections of ${id}`,
  });
}
