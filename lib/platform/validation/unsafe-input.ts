import type { TFieldErrors } from "@/lib/platform/errors/app-error";

// The one input policy, applied by the action helper and the route helper before any schema's domain rules: what
// PostgreSQL or Prisma cannot store is refused as a field error instead of failing in the database as "something went
// wrong". PostgreSQL text and jsonb cannot hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00",
// "unsupported Unicode escape sequence"); a lone UTF-16 surrogate has no UTF-8 form, so jsonb refuses it; every number
// the portal stores is a Prisma `Int`, a PostgreSQL int4.

export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** Field message keys under `errors.fields` (lib/platform/errors/to-action-error.ts translates them). */
export type TUnsafeInputProblem = "nulCharacter" | "loneSurrogate" | "numberOutOfRange";

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function stringProblem(value: string): TUnsafeInputProblem | null {
  if (value.includes("\u0000")) return "nulCharacter";
  if (LONE_SURROGATE.test(value)) return "loneSurrogate";
  return null;
}

export function numberProblem(value: number): TUnsafeInputProblem | null {
  // Integers must fit int4; any other number must at least be finite (a fraction never reaches an Int column
  // without a schema's `.int()` refusing it first).
  if (!Number.isFinite(value)) return "numberOutOfRange";
  if (Number.isInteger(value) && (value < INT4_MIN || value > INT4_MAX)) return "numberOutOfRange";
  return null;
}

const MAX_DEPTH = 32;

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Every string (values and object keys) and number in `input`, at any depth, checked by the policy above; the
 * problems by field path (`a.b.0`, as zod names fields), or null when there are none. Only plain objects and arrays
 * are entered: what a form or JSON body can carry.
 */
export function findUnsafeInput(input: unknown): TFieldErrors | null {
  const errors: TFieldErrors = {};
  const add = (path: (string | number)[], problem: TUnsafeInputProblem) => {
    const field = path.join(".") || "_form";
    const list = (errors[field] ??= []);
    if (!list.includes(problem)) list.push(problem);
  };
  const visit = (value: unknown, path: (string | number)[], depth: number) => {
    if (typeof value === "string") {
      const problem = stringProblem(value);
      if (problem) add(path, problem);
    } else if (typeof value === "number") {
      const problem = numberProblem(value);
      if (problem) add(path, problem);
    } else if (typeof value === "bigint") {
      if (value < BigInt(INT4_MIN) || value > BigInt(INT4_MAX)) add(path, "numberOutOfRange");
    } else if (value !== null && typeof value === "object" && depth < MAX_DEPTH) {
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, [...path, index], depth + 1));
      } else if (isPlain(value)) {
        for (const [key, item] of Object.entries(value)) {
          const keyProblem = stringProblem(key);
          // A key that cannot be stored cannot name a field either: the problem is reported on its parent.
          if (keyProblem) add(path, keyProblem);
          else visit(item, [...path, key], depth + 1);
        }
      }
    }
  };
  visit(input, [], 0);
  return Object.keys(errors).length > 0 ? errors : null;
}
