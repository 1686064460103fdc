/**
 * The registry's ETags are weak and opaque: W/"base64url(JSON {"version":"N"})"
 * (Altinn/altinn-resource-registry: Models/RequestCondition.cs SerializeETag, Models/AggregateVersion.cs
 * with the version written as a string, Models/Opaque.cs). Only weak tags are accepted back.
 */
export function formatEtag(version: number): string {
  return `W/"${Buffer.from(JSON.stringify({ version: String(version) })).toString("base64url")}"`;
}

/** The version inside an opaque tag value (between the quotes), or undefined when it is not one of ours. */
export function parseEtagValue(opaque: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(opaque, "base64url").toString("utf8")) as { version?: unknown };
    const version =
      typeof parsed.version === "string" || typeof parsed.version === "number" ? Number(parsed.version) : NaN;
    return Number.isSafeInteger(version) && version >= 0 ? version : undefined;
  } catch {
    return undefined;
  }
}

/** Opaque<T> as the registry writes continuation tokens: base64url of the value's JSON. */
export function encodeOpaque(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeOpaque(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
