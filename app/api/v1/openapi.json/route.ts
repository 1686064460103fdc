import { openApiDocumentRoute } from "@/lib/api-tokens/openapi-route";

// GET — the OpenAPI 3.1 document of the portal's HTTP API (public, as the API it describes is documented).
export const GET = openApiDocumentRoute;
