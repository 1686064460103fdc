import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "./openapi-document";

// The OpenAPI document against the routes that exist (every route file under app/api/v1 and each method it exports
// is described) and against OpenAPI 3.1's structure. Ajv with the official 3.1 meta-schema is not available offline,
// so the structure is checked here with zod: the fields 3.1 requires, unique operation ids, every path parameter
// declared, every `$ref` resolving inside the document, and every security requirement naming a declared scheme.

const root = path.resolve(__dirname, "../..");
const apiRoot = path.join(root, "app/api/v1");
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** `app/api/v1/orgs/[orgNumber]/definitions/route.ts` → `/api/v1/orgs/{orgNumber}/definitions` and its methods. */
function routeFiles(dir = apiRoot): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const routePath = `/${path.relative(path.join(root, "app"), dir)}`.replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(full, "utf8");
    const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)];
    return [{ path: routePath, methods: methods.map((match) => match[1]!.toLowerCase()) }];
  });
}

const ZResponse = z.object({
  description: z.string().min(1),
  content: z.record(z.string(), z.object({ schema: z.object({}).passthrough() })).optional(),
});
const ZParameter = z.object({
  name: z.string().min(1),
  in: z.enum(["query", "header", "path", "cookie"]),
  required: z.boolean().optional(),
  schema: z.object({}).passthrough(),
});
const ZOperation = z.object({
  operationId: z.string().min(1),
  summary: z.string().min(1),
  parameters: z.array(ZParameter).optional(),
  requestBody: z.object({ content: z.record(z.string(), z.object({ schema: z.object({}).passthrough() })) }).optional(),
  responses: z.record(z.string().regex(/^[1-5]\d\d$/), ZResponse).refine((r) => Object.keys(r).length > 0),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});
const ZOpenApi31 = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({ title: z.string().min(1), version: z.string().min(1) }),
  paths: z.record(
    z.string().startsWith("/"),
    z.object(Object.fromEntries(HTTP_METHODS.map((m) => [m, ZOperation.optional()]))),
  ),
  components: z.object({
    schemas: z.record(z.string(), z.object({}).passthrough()),
    securitySchemes: z.record(z.string(), z.object({ type: z.literal("http"), scheme: z.string() })),
  }),
});

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

describe("the OpenAPI document", () => {
  const document = openApiDocument("https://portal.example");
  const parsed = ZOpenApi31.parse(document);
  const operations = Object.entries(parsed.paths).flatMap(([routePath, item]) =>
    HTTP_METHODS.flatMap((method) => (item[method] ? [{ routePath, method, operation: item[method] }] : [])),
  );

  it("describes every route under app/api/v1 with each method it exports, and nothing else", () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(4);
    const described = operations.map(({ routePath, method }) => `${method.toUpperCase()} ${routePath}`).sort();
    const existing = routes.flatMap((route) => route.methods.map((m) => `${m.toUpperCase()} ${route.path}`)).sort();
    expect(described).toEqual(existing);
  });

  it("is structurally OpenAPI 3.1: unique operation ids, declared path parameters, resolving refs, known schemes", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { routePath, operation } of operations) {
      const inPath = [...routePath.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).filter((p) => p.in === "path");
      expect(declared.map((p) => p.name).sort()).toEqual(inPath.sort());
      expect(declared.every((p) => p.required === true)).toBe(true);
      for (const requirement of operation.security ?? []) {
        for (const scheme of Object.keys(requirement)) expect(parsed.components.securitySchemes).toHaveProperty(scheme);
      }
    }
    for (const ref of refsIn(document)) {
      if (ref.startsWith("#/$defs/")) continue; // inside the embedded definitions schema, relative to its own $id
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
      expect(target, ref).toBeTruthy();
    }
    expect(parsed.components.securitySchemes.apiToken).toEqual(expect.objectContaining({ scheme: "bearer" }));
  });

  it("writes the routes' shapes from their zod schemas", () => {
    const plan = parsed.components.schemas.Plan as { properties: { changes: { items: { $ref: string } } } };
    expect(plan.properties.changes.items.$ref).toBe("#/components/schemas/PlannedChange");
    const exportParameters = parsed.paths["/api/v1/orgs/{orgNumber}/definitions"]?.get?.parameters ?? [];
    expect(exportParameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      "path:orgNumber:true",
      "query:environment:true",
      "query:format:false",
    ]);
    expect(parsed.components.schemas.DefinitionsDocument).toHaveProperty("$id", "/api/v1/schemas/definitions.json");
  });
});
