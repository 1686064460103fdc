import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { SCHEMA_DEVIATIONS, type TDocumentName } from "./known-spec-deviations";
import type { TDirection } from "./openapi-contract";

// How a document is prepared for Ajv (the reasons are in openapi-contract.ts's header): pointers into it, `nullable`
// without `type` removed, request schemas closed, the allow-listed schemas replaced; and the Ajv instance with the
// OpenAPI formats and annotations declared.

type TJson = Record<string, unknown>;

export const documentId = (name: TDocumentName, direction: TDirection) =>
  `https://openapi.invalid/altinn/${name}/${direction}.json`;

/** RFC 6901 escaping, then URI-fragment encoding (templated paths contain `{` and `}`). */
const pointerSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
export const pointer = (...segments: string[]) => `/${segments.map(pointerSegment).join("/")}`;

export function isObject(value: unknown): value is TJson {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function setAtPointer(root: TJson, jsonPointer: string, value: unknown): void {
  const parts = jsonPointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = parts.pop();
  let node: unknown = root;
  for (const part of parts) node = isObject(node) ? node[part] : undefined;
  if (!isObject(node) || last === undefined || !(last in node)) {
    throw new Error(
      `known-spec-deviations: ${jsonPointer} is not in the document any more; remove or update the entry`,
    );
  }
  node[last] = value;
}

export function prepare(name: TDocumentName, source: TJson, direction: TDirection): TJson {
  const document = structuredClone(source);
  for (const deviation of SCHEMA_DEVIATIONS) {
    if (deviation.document === name) setAtPointer(document, deviation.pointer, structuredClone(deviation.schema));
  }
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if ("nullable" in node && !("type" in node)) delete node.nullable;
    if (
      direction === "request" &&
      node.type === "object" &&
      isObject(node.properties) &&
      !("additionalProperties" in node)
    ) {
      // Closing a branch of allOf would refuse the other branches' properties; neither document uses allOf.
      if ("allOf" in node) throw new Error("cannot close an object schema that uses allOf");
      node.additionalProperties = false;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "example" && key !== "examples") visit(value);
    }
  };
  visit(document);
  if (direction === "request" && JSON.stringify(document).includes('"allOf"')) {
    throw new Error(`${name}: allOf found; closing request schemas would be wrong`);
  }
  return document;
}

export function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // Swashbuckle writes object keywords on string schemas (StringOpaque, PartyUrn: `properties`,
    // `additionalProperties`, `items` on a `type: string`). JSON Schema ignores them for strings, which is what
    // the document means; strictTypes would refuse to compile them instead.
    strictTypes: false,
  });
  // uuid, date-time, uri, uri-reference, json-pointer, and the OpenAPI formats int32, int64, float, double, byte,
  // binary, password.
  addFormats(ajv);
  // Formats the registry's document uses that JSON Schema does not define:
  // `urn` (PartyUrn and friends): RFC 8141's `urn:<NID>:<NSS>`.
  ajv.addFormat("urn", /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i);
  // `slug` (AccessListInfoDto.identifier, set in AccessListInfoDto.cs's schema filter): a URL path segment that
  // needs no escaping. The registry's code checks nothing more.
  ajv.addFormat("slug", /^[A-Za-z0-9_-]+$/);
  // OpenAPI annotations with no validation meaning. `discriminator` is deliberately not declared: the registry
  // uses it with `mapping` (JsonPatchOperation, for PATCH, which Altinn answers with 501), which Ajv cannot check,
  // so compiling it fails loudly instead of being skipped.
  for (const keyword of ["example", "externalDocs", "xml"]) ajv.addKeyword({ keyword });
  // The document itself is the schema resource the operation schemas point into; Ajv compiles that root (an
  // object with only these fields) when resolving a pointer, so its top-level OpenAPI fields are declared as
  // annotations. Ajv does not descend into annotations: only the schemas actually referenced get compiled.
  for (const keyword of ["openapi", "info", "servers", "paths", "components", "security", "tags"])
    ajv.addKeyword({ keyword });
  return ajv;
}
