import type { ErrorObject } from "ajv";
import { isObject } from "./prepare-openapi-document";

// How a mismatch against Altinn's OpenAPI document is worded: where in the body, which rule, the actual value and
// the schema path inside the document.

function valueAt(body: unknown, instancePath: string): unknown {
  let node = body;
  for (const part of instancePath.split("/").slice(1)) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
  }
  return node;
}

export function short(value: unknown): string {
  const text = value === undefined ? "undefined" : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

export function describeError(error: ErrorObject, body: unknown): string {
  const where = error.instancePath || "(body)";
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : "";
  const schema = error.schemaPath.replace(/^https:\/\/openapi\.invalid\/altinn\/\w+\/\w+\.json/, "");
  return `${where} ${error.message}${params}; actual ${short(valueAt(body, error.instancePath))}; schema ${decodeURIComponent(schema)}`;
}
