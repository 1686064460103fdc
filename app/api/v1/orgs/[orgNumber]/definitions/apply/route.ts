import { applyDefinitionsRoute } from "@/lib/api-tokens/definitions-api";

// POST ?environment=test|prod with a document — makes the definitions what it says (docs/API.md).
export const POST = applyDefinitionsRoute;
