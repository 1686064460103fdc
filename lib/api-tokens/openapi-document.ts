import { z } from "zod";
import { definitionsJsonSchema, DEFINITIONS_SCHEMA_ID } from "@/lib/definitions/definitions-schema";
import { ZApiError, ZApplyResponse, ZExportQuery, ZPlannedChange, ZPlanResponse } from "./definitions-api-schemas";

// The OpenAPI 3.1 document of the portal's HTTP API (GET /api/v1/openapi.json), written from the same zod schemas the
// routes parse with (./definitions-api-schemas.ts) and lib/definitions' document schema, so it cannot drift from
// them. OpenAPI 3.1's schema objects are JSON Schema 2020-12, which is what zod 4's `z.toJSONSchema` writes.
// lib/api-tokens/openapi-document.test.ts checks that every route under app/api/v1 is in it.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The response schemas as components, each nested schema named once (`$ref`s between them). */
function componentSchemas(): Record<string, object> {
  const registry = z.registry<{ id: string }>();
  registry.add(ZPlannedChange, { id: "PlannedChange" });
  registry.add(ZPlanResponse, { id: "Plan" });
  registry.add(ZApplyResponse, { id: "ApplyResult" });
  registry.add(ZApiError, { id: "Error" });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  const plain = Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema as object]),
  );
  return { ...plain, DefinitionsDocument: definitionsJsonSchema() };
}

/** The query parameters of a zod object, as OpenAPI parameters (their schemas as written, defaults optional). */
function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: "input" }) as {
    properties: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    description,
    schema: property,
  }));
}

const orgNumberParameter = {
  name: "orgNumber",
  in: "path",
  required: true,
  description: "The organisation's number (nine digits); the token must be this organisation's.",
  schema: { type: "string", pattern: "^\\d{9}$" },
};

const error = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const tokenErrors = {
  "400": error("A malformed query or document; `fieldErrors` names each problem by its path and line."),
  "401": error("No token, or one that is unknown, revoked, expired, or whose creator is no longer an administrator."),
  "403": error("A token of another organisation, or without the scope or environment the request needs."),
  "404": error("No organisation with this number."),
  "429": error("Too many requests; wait the `Retry-After` seconds."),
};
const documentBody = {
  required: true,
  description: "A definitions document, as exported (YAML or JSON).",
  content: {
    "application/yaml": { schema: { type: "string" } },
    "application/json": { schema: ref("DefinitionsDocument") },
  },
};
const documentPost = (summary: string, scope: string, success: object, extra: object = {}) => ({
  summary,
  tags: ["definitions"],
  security: [{ apiToken: [] }],
  description: `Needs a token with the ${scope} scope and the environment.`,
  parameters: [orgNumberParameter, ...queryParameters(ZExportQuery.pick({ environment: true }))],
  requestBody: documentBody,
  responses: { "200": success, ...tokenErrors, "413": error("The document is larger than 5 MB."), ...extra },
});

export function openApiDocument(baseUrl?: string) {
  return {
    openapi: "3.1.1",
    info: {
      title: "Consent portal API",
      version: "1.0.0",
      description: "An organisation's definitions as code: export, plan and apply. See docs/API.md.",
    },
    ...(baseUrl ? { servers: [{ url: baseUrl }] } : {}),
    tags: [{ name: "definitions" }, { name: "meta" }],
    paths: {
      "/api/v1/orgs/{orgNumber}/definitions": {
        get: {
          operationId: "exportDefinitions",
          summary: "The organisation's definitions in one environment, as one document",
          tags: ["definitions"],
          security: [{ apiToken: [] }],
          description: "Needs a token with the plan (or apply) scope and the environment.",
          parameters: [orgNumberParameter, ...queryParameters(ZExportQuery)],
          responses: {
            "200": {
              description: "The document (`format=yaml`: YAML, `format=json`: JSON).",
              content: {
                "application/yaml": { schema: { type: "string" } },
                "application/json": { schema: ref("DefinitionsDocument") },
              },
            },
            ...tokenErrors,
          },
        },
      },
      "/api/v1/orgs/{orgNumber}/definitions/plan": {
        post: {
          operationId: "planDefinitions",
          ...documentPost("What applying a document would change (writes nothing)", "plan (or apply)", {
            description: "The planned changes; none when the document equals the organisation's definitions.",
            content: { "application/json": { schema: ref("Plan") } },
          }),
        },
      },
      "/api/v1/orgs/{orgNumber}/definitions/apply": {
        post: {
          operationId: "applyDefinitions",
          ...documentPost(
            "Makes the organisation's definitions what the document says",
            "apply",
            {
              description: "The changes made; the upstream changes are queued as the portal's own are.",
              content: { "application/json": { schema: ref("ApplyResult") } },
            },
            { "422": error("A change was refused (a rule an object breaks); the message names the object.") },
          ),
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "This document",
          tags: ["meta"],
          security: [],
          responses: {
            "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
      [DEFINITIONS_SCHEMA_ID]: {
        get: {
          operationId: "definitionsJsonSchema",
          summary: "The JSON Schema of a definitions document",
          tags: ["meta"],
          security: [],
          responses: {
            "200": {
              description: "JSON Schema 2020-12 (the same as `components.schemas.DefinitionsDocument`)",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: "An organisation's API token (`cpt_…`), created by an administrator in the portal.",
        },
      },
    },
  };
}
