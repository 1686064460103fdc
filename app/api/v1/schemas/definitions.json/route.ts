import { definitionsSchemaRoute } from "@/lib/definitions/definitions-schema-route";

// GET — the JSON Schema of a definitions document (public, cacheable).
export const GET = definitionsSchemaRoute;
