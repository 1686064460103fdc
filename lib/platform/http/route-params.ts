import { z } from "zod";

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
