import { exportDefinitionsRoute } from "@/lib/api-tokens/definitions-api";

// GET ?environment=test|prod&format=yaml|json — the organisation's definitions as one document (docs/API.md).
export const GET = exportDefinitionsRoute;
