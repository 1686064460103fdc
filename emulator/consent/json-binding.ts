import { ModelBindingError } from "./http-results";

/**
 * Just enough of System.Text.Json's web defaults to read a request body as ASP.NET does: property names match
 * case-insensitively (so `metaData` binds to `metadata`), unknown properties are ignored, the first value that
 * cannot be converted stops deserialisation, and a missing `required` property is reported once the object ends.
 * Either way [ApiController] answers its own 400 (see http-results.ts); the error keys are JSON paths.
 */
export type JsonObject = Record<string, unknown>;

export class Binder {
  constructor(private readonly parameter: string) {}

  fail(path: string, message: string): never {
    throw new ModelBindingError({ [path]: [message], [this.parameter]: [`The ${this.parameter} field is required.`] });
  }

  /** A value of the wrong JSON kind, as JsonException words it. */
  notConvertible(path: string, dotnetType: string): never {
    return this.fail(path, `The JSON value could not be converted to ${dotnetType}. Path: ${path}.`);
  }

  object(value: unknown, path: string, dotnetType: string): JsonObject {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return this.notConvertible(path, dotnetType);
    return value as JsonObject;
  }

  /** Reads the listed properties case-insensitively (the last duplicate wins) and checks the required ones are there. */
  properties<K extends string>(
    object: JsonObject,
    path: string,
    dotnetType: string,
    names: readonly K[],
    required: readonly K[],
  ) {
    const found = new Map<K, unknown>();
    for (const [key, value] of Object.entries(object)) {
      const name = names.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
      if (name) found.set(name, value);
    }
    const missing = required.filter((name) => !found.has(name));
    if (missing.length) {
      this.fail(
        path,
        `JSON deserialization for type '${dotnetType}' was missing required properties including: ${missing.map((name) => `'${name}'`).join(", ")}.`,
      );
    }
    return found;
  }

  string(value: unknown, path: string): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== "string") return this.notConvertible(path, "System.String");
    return value;
  }

  array(value: unknown, path: string, dotnetType: string): unknown[] | null {
    if (value === null || value === undefined) return null;
    if (!Array.isArray(value)) return this.notConvertible(path, dotnetType);
    return value;
  }

  /** Dictionary<string, string>: keys in document order, values strings or null. */
  dictionary(value: unknown, path: string): [string, string | null][] | null {
    if (value === null || value === undefined) return null;
    const object = this.object(value, path, "System.Collections.Generic.Dictionary`2[System.String,System.String]");
    return Object.entries(object).map(([key, entry]) => [key, this.string(entry, `${path}.${key}`)]);
  }

  /** System.Guid: the 36-character form (any case); written back lower-case. */
  guid(value: unknown, path: string): string {
    if (typeof value !== "string" || !/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value))
      return this.notConvertible(path, "System.Guid");
    return value.toLowerCase();
  }

  /** System.DateTimeOffset from an ISO 8601 string; without an offset it is the server's (UTC) time. */
  dateTimeOffset(value: unknown, path: string): number {
    const match =
      typeof value === "string" &&
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?(Z|[+-]\d{2}:\d{2})?$/i.exec(value);
    const text = typeof value === "string" ? value.toUpperCase() : "";
    const time = match ? Date.parse(match[4] ? text : `${text}${match[1] ? "" : "T00:00"}Z`) : NaN;
    if (Number.isNaN(time)) return this.notConvertible(path, "System.DateTimeOffset");
    return time;
  }

  /** JsonStringEnumConverter: a member name in any case, or its number. */
  enumeration<T extends string>(value: unknown, path: string, dotnetType: string, members: readonly T[]): T | null {
    if (value === null || value === undefined) return null;
    if (typeof value === "number" && Number.isInteger(value) && members[value]) return members[value];
    const member =
      typeof value === "string" ? members.find((name) => name.toLowerCase() === value.toLowerCase()) : undefined;
    return member ?? this.notConvertible(path, dotnetType);
  }
}

/** An unreadable or non-JSON body: STJ's message for the root, then the parameter is missing. */
export function parseJsonText(binder: Binder, text: string): unknown {
  if (text.trim() === "") return binder.fail("", "A non-empty request body is required.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return binder.fail("$", "The JSON value could not be read as JSON. Path: $.");
  }
}
