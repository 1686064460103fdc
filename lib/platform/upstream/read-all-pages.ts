import "server-only";
import type { z } from "zod";
import type { HttpBaseClient } from "./http-base-client";
import { MAX_PAGES, nextPageUrl, zPage } from "./access-lists-client";

/**
 * Every item of a paginated registry listing (`{data, links: {next}}`), following `links.next` from `firstPath` to
 * the last page, with `query` sent on every page (Altinn's next links drop some parameters). Gives up after
 * MAX_PAGES pages, naming `what`.
 */
export async function readAllPages<T extends z.ZodType>(
  http: HttpBaseClient,
  options: { firstPath: string; item: T; what: string; query?: Record<string, string> },
): Promise<z.output<T>[]> {
  const schema = zPage(options.item);
  const items: z.output<T>[] = [];
  let next: string | undefined = options.firstPath;
  for (let page = 0; next !== undefined; page++) {
    if (page >= MAX_PAGES) throw new Error(`The registry kept sending pages of ${options.what} (${MAX_PAGES})`);
    const response: { data: z.output<typeof schema> } = await http.request({
      method: "GET",
      path: next,
      query: options.query,
      schema,
    });
    items.push(...response.data.data);
    next = response.data.links?.next ? nextPageUrl(http.baseUrl, response.data.links.next) : undefined;
  }
  return items;
}
