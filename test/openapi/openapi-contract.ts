import type { Ajv, ValidateFunction } from "ajv";
import { STATUS_DEVIATIONS, type TDocumentName, type TStatusDeviation } from "./known-spec-deviations";
import { describeError, short } from "./describe-schema-error";
import { createAjv, documentId, pointer, prepare } from "./prepare-openapi-document";
import { readRealJson } from "./realdata";

// Validates bodies against Altinn's published OpenAPI documents (read from ../shared/realdata at run time) with
// Ajv. The whole document is added to Ajv under an $id and each operation's schema is compiled through a JSON
// pointer into it, so `#/components/schemas/...` references resolve exactly as the document wrote them.
//
// What the loader does to the document (on a copy), and why — nothing else:
// - OpenAPI 3.0 `nullable` is Ajv-native next to `type`. Where a schema has `nullable` but no `type`
//   (ConsentPartyUrn, NullableOfConsentPortalViewMode) it is removed: OpenAPI 3.0.3 says `nullable: true` adds
//   null "only if type is explicitly defined within the same Schema Object", so it means nothing there (and Ajv
//   refuses it). NullableOfConsentPortalViewMode keeps `null` in its enum.
// - Request schemas are closed: an object schema with `properties` and no `additionalProperties` gets
//   `additionalProperties: false`. Altinn binds JSON case-insensitively and drops unknown fields silently, so a
//   misspelt field (`metaData` for `metadata`, `metdata`) would otherwise pass here and be lost there. What the
//   portal sends must use the document's names as the document spells them. Responses stay open.
// - The allow-list in known-spec-deviations.ts replaces the schemas the document gets wrong.

export type TDirection = "request" | "response";

export interface TOperationRef {
  method: string;
  /** The path (or full URL) as called; it may carry the environment's prefix, e.g. `/test/platform/...`. */
  path: string;
  /** Required for responses. */
  status?: number;
  /** Default `application/json`. */
  contentType?: string;
}

export interface TValidation {
  /** The document's path template the call matched, e.g. `/resourceregistry/api/v1/resource/{id}`. */
  template: string | null;
  /** False when the document promises nothing about this body (no content or no schema documented). */
  checked: boolean;
  problems: string[];
  /** Set when the answer's status is neither documented for the operation nor in the allow-list. */
  undocumentedStatus?: true;
}

const DOCUMENT_FILES: Record<TDocumentName, string> = {
  consent: "altinn-platform-accessmanagement-v1-consententerprise.json",
  registry: "altinn-resource-registry-v1.swagger.json",
};

type TJson = Record<string, unknown>;
type TOperation = {
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

export interface OpenApiContract {
  name: TDocumentName;
  document: TJson;
  ajv: Record<TDirection, Ajv>;
  compiled: Map<string, ValidateFunction>;
}

const contracts = new Map<TDocumentName, OpenApiContract>();

/** The document, prepared for both directions; cached per test file. */
export function loadOpenApi(name: TDocumentName): OpenApiContract {
  const cached = contracts.get(name);
  if (cached) return cached;
  const document = readRealJson<TJson>(DOCUMENT_FILES[name]);
  const ajv = { request: createAjv(), response: createAjv() };
  for (const direction of ["request", "response"] as const)
    ajv[direction].addSchema(prepare(name, document, direction), documentId(name, direction));
  const contract = { name, document, ajv, compiled: new Map<string, ValidateFunction>() };
  contracts.set(name, contract);
  return contract;
}

function pathOf(callPath: string): string {
  const withoutQuery = callPath.split(/[?#]/)[0] ?? "";
  return /^https?:\/\//i.test(withoutQuery) ? new URL(withoutQuery).pathname : withoutQuery;
}

/**
 * The document's path template for a call: the template must match the end of the called path (segment by
 * segment; `{x}` matches one segment), so an environment prefix such as `/test/platform` is allowed. A literal
 * segment wins over a template one, as OpenAPI prescribes (`/resource/resourcelist` before `/resource/{id}`).
 */
export function matchPath(contract: OpenApiContract, callPath: string): string | null {
  const segments = pathOf(callPath).replace(/\/+$/, "").split("/").filter(Boolean);
  let best: { template: string; params: number } | null = null;
  for (const template of Object.keys((contract.document.paths ?? {}) as TJson)) {
    const parts = template.split("/").filter(Boolean);
    if (parts.length > segments.length) continue;
    const tail = segments.slice(segments.length - parts.length);
    let params = 0;
    const matches = parts.every((part, i) => {
      if (/^\{[^}]+\}$/.test(part)) return (params++, (tail[i] ?? "") !== "");
      return part === tail[i];
    });
    if (matches && (best === null || params < best.params)) best = { template, params };
  }
  return best?.template ?? null;
}

function operationOf(contract: OpenApiContract, template: string, method: string): TOperation | undefined {
  const item = (contract.document.paths as Record<string, Record<string, TOperation>>)[template];
  return item?.[method.toLowerCase()];
}

function validatorFor(contract: OpenApiContract, direction: TDirection, schemaPointer: string): ValidateFunction {
  const ref = `${documentId(contract.name, direction)}#${schemaPointer}`;
  let validate = contract.compiled.get(ref);
  if (!validate) {
    validate = contract.ajv[direction].compile({ $ref: ref });
    contract.compiled.set(ref, validate);
  }
  return validate;
}

/** The media type entry to use: the one asked for, else the only JSON one documented. */
function mediaTypeOf(content: Record<string, unknown>, wanted: string): string | undefined {
  if (wanted in content) return wanted;
  const json = Object.keys(content).filter((type) => type === "application/json" || type.endsWith("+json"));
  return json.length === 1 ? json[0] : undefined;
}

function deviationFor(
  contract: OpenApiContract,
  method: string,
  template: string,
  status: number,
): TStatusDeviation | undefined {
  return STATUS_DEVIATIONS.find(
    (d) =>
      d.document === contract.name && d.method === method.toUpperCase() && d.path === template && d.status === status,
  );
}

/** Checks one body against the operation's documented request body or response; never throws for a mismatch. */
export function validateOperation(
  contract: OpenApiContract,
  ref: TOperationRef,
  body: unknown,
  direction: TDirection,
): TValidation {
  const method = ref.method.toUpperCase();
  const template = matchPath(contract, ref.path);
  const label = `${direction} ${method} ${template ?? pathOf(ref.path)}${ref.status === undefined ? "" : ` -> ${ref.status}`}`;
  const fail = (problem: string): TValidation => ({ template, checked: true, problems: [`${label}: ${problem}`] });
  if (template === null) return fail(`no path of the ${contract.name} document matches`);
  const operation = operationOf(contract, template, method);
  if (!operation) return fail(`the ${contract.name} document has no ${method} here`);
  const wanted = (ref.contentType ?? "application/json").split(";")[0]!.trim().toLowerCase();

  let schemaPointer: string | undefined;
  if (direction === "request") {
    const content = operation.requestBody?.content;
    if (!content)
      return body === undefined
        ? { template, checked: false, problems: [] }
        : fail("the document takes no request body");
    if (body === undefined)
      return operation.requestBody?.required
        ? fail("the document requires a body")
        : { template, checked: false, problems: [] };
    const mediaType = mediaTypeOf(content, wanted);
    if (!mediaType) return fail(`media type ${wanted} not documented (documented: ${Object.keys(content).join(", ")})`);
    if (content[mediaType]?.schema === undefined) return { template, checked: false, problems: [] };
    schemaPointer = pointer("paths", template, method.toLowerCase(), "requestBody", "content", mediaType, "schema");
  } else {
    if (ref.status === undefined) throw new Error("validateOperation: a response needs its status");
    const responses = operation.responses ?? {};
    const deviation = deviationFor(contract, method, template, ref.status);
    let statusKey: string | undefined = String(ref.status) in responses ? String(ref.status) : undefined;
    if (!statusKey && deviation) {
      if (deviation.emptyBody) {
        return {
          template,
          checked: true,
          problems:
            body === undefined
              ? []
              : [`${label}: Altinn answers this status with no body (${deviation.source}); got ${short(body)}`],
        };
      }
      if (deviation.schemaRef) schemaPointer = deviation.schemaRef.replace(/^#/, "");
      else if (deviation.validateAs !== undefined) statusKey = String(deviation.validateAs);
    }
    if (!statusKey && !schemaPointer) {
      if (!("default" in responses)) {
        return {
          ...fail(`status ${ref.status} is not documented (documented: ${Object.keys(responses).join(", ")})`),
          undocumentedStatus: true,
        };
      }
      statusKey = "default";
    }
    if (!schemaPointer) {
      const content = responses[statusKey!]?.content;
      if (!content) return { template, checked: false, problems: [] };
      const mediaType = mediaTypeOf(content, wanted);
      if (!mediaType)
        return fail(`media type ${wanted} not documented (documented: ${Object.keys(content).join(", ")})`);
      if (content[mediaType]?.schema === undefined) return { template, checked: false, problems: [] };
      schemaPointer = pointer(
        "paths",
        template,
        method.toLowerCase(),
        "responses",
        statusKey!,
        "content",
        mediaType,
        "schema",
      );
    }
    if (body === undefined) return fail("the document describes a JSON body, the answer had none");
  }

  const validate = validatorFor(contract, direction, schemaPointer);
  if (validate(body)) return { template, checked: true, problems: [] };
  return {
    template,
    checked: true,
    problems: (validate.errors ?? []).map((error) => `${label}: ${describeError(error, body)}`),
  };
}

/** Throws, listing every mismatch (field, rule, actual value, schema path), unless the body matches. */
export function assertMatchesOperation(
  contract: OpenApiContract,
  ref: TOperationRef,
  body: unknown,
  direction: TDirection,
): TValidation {
  const result = validateOperation(contract, ref, body, direction);
  if (result.problems.length > 0)
    throw new Error(`Does not match Altinn's OpenAPI document:\n${result.problems.join("\n")}`);
  return result;
}
