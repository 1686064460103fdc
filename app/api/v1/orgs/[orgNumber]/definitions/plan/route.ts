import { planDefinitionsRoute } from "@/lib/api-tokens/definitions-api";

// POST ?environment=test|prod with a document — what applying it would change (docs/API.md).
export const POST = planDefinitionsRoute;
