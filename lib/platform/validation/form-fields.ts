import { z } from "zod";
import { INT4_MAX } from "@/lib/platform/validation/unsafe-input";

// Fields the edit forms of scopes, access lists and Maskinporten clients share, checked the same in the browser
// (zodResolver) and in the action. Messages are keys under `errors.fields`; a limit travels as `tooLong|max`.

/** Trimmed text of at most `max` characters. */
export const ZText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `tooLong|${max}` });

/** Trimmed text that must not be empty, of at most `max` characters. */
export const ZRequiredText = (max: number) => ZText(max).min(1, { message: "required" });

/**
 * The version the edit form loaded (lib/platform/db/optimistic-edit.ts): the save is refused when someone saved since. PostgreSQL's
 * integer, so a larger number is a field error (the input policy, lib/platform/validation/unsafe-input.ts, says so
 * first). Optional, as `baseVersion` for consent resources: a caller that does not send it is not compared.
 */
export const ZEditVersion = z.number().int().min(1).max(INT4_MAX).optional();
