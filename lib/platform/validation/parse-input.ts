import type { z } from "zod";
import { validationError } from "@/lib/platform/errors/app-error";
import { findUnsafeInput } from "./unsafe-input";

/**
 * Parses input under the one input policy (./unsafe-input.ts): the raw input is checked first, so a NUL byte or a
 * lone surrogate is named as such rather than by a schema's domain rule, then the schema parses it, then its output
 * is checked again (a schema may coerce a string such as "2147483648" into a number). A refusal is a VALIDATION
 * error with the problem per field; a schema's own refusal stays its ZodError. Used by the action helper and the route
 * helper.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const rawProblems = findUnsafeInput(raw);
  if (rawProblems) throw validationError(rawProblems);
  const parsed = schema.parse(raw);
  const parsedProblems = findUnsafeInput(parsed);
  if (parsedProblems) throw validationError(parsedProblems);
  return parsed;
}
