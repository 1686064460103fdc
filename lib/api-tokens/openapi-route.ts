import "server-only";
import { openApiDocument } from "./openapi-document";

/** GET /api/v1/openapi.json: public and the same for everyone, so it may be cached for a while. */
export async function openApiDocumentRoute(request: Request): Promise<Response> {
  const { origin } = new URL(request.url);
  return Response.json(openApiDocument(origin), { headers: { "cache-control": "public, max-age=300" } });
}
