import { definitionsJsonSchema } from "./definitions-schema";

/**
 * GET /api/v1/schemas/definitions.json: the JSON Schema of a definitions document, public (it describes a format,
 * nothing of any organisation's) so editors and CI can validate a document before sending it. It changes only with a
 * deployment: an hour's caching, then a revalidation.
 */
export function definitionsSchemaRoute(): Response {
  return new Response(`${JSON.stringify(definitionsJsonSchema(), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
    },
  });
}
