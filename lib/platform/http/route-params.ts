import { z } from "zod";
import { stringProblem } from "@/lib/platform/validation/unsafe-input";

// Path and search parameters arrive as any string. A row id that is not a UUID cannot name a row, and PostgreSQL
// refuses to cast it (`::uuid` raises), so it is answered as not found before it reaches the database.

/** A UUID path parameter in a route's `params` schema; its message is a key under `errors.fields`. */
export const ZUuidParam = z.uuid({ message: "invalid" });

/** The value when it is a UUID, else null (for pages: null is a 404 or "no filter"). */
export function uuidParam(value: unknown): string | null {
  const parsed = ZUuidParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The value when it has an organisation number's shape (nine digits), else null; e.g. a keyset cursor. */
export function orgNumberParam(value: unknown): string | null {
  return typeof value === "string" && /^\d{9}$/.test(value) ? value : null;
}

/**
 * A path segment as Next.js passes it (still percent-encoded), decoded; null when the encoding is broken (`%E0%A4%A`,
 * a lone `%`) or the text is something no row can hold (NUL, a lone surrogate: lib/platform/validation/unsafe-input.ts).
 */
export function decodedPathParam(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  return stringProblem(decoded) ? null : decoded;
}

// Altinn's rule for a resource identifier: Altinn/altinn-resource-registry
// src/Altinn.ResourceRegistry.Core/Helpers/ServiceResourceHelper.cs, `[GeneratedRegex("^[a-z0-9_-]{4,}$")]`.
const RESOURCE_IDENTIFIER = /^[a-z0-9_-]{4,}$/;

/** A consent resource identifier from the path (`[identifier]`), decoded; null when it cannot be one (a 404). */
export function resourceIdentifierParam(value: unknown): string | null {
  const decoded = decodedPathParam(value);
  return decoded !== null && RESOURCE_IDENTIFIER.test(decoded) ? decoded : null;
}
