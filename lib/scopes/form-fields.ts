import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";
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

/** What creating names besides the new thing's fields: the organisation, and the environment it is made in. */
export const ZInOrganisationEnvironment = { orgNumber: ZOrgNumber, environment: ZEnvironmentParam };

/**
 * The version the edit form loaded (optimistic-edit.ts): the save is refused when someone saved since. PostgreSQL's
 * integer, so a larger number is a field error (the input policy, lib/platform/validation/unsafe-input.ts, says so
 * first). Optional, as `baseVersion` for consent resources: a caller that does not send it is not compared.
 */
export const ZEditVersion = z.number().int().min(1).max(INT4_MAX).optional();

/**
 * What a form that saves a version hands `useActionSubmit` for a success: the form starts again from what was saved,
 * at the version the save handed back, so the same editor can save again; `message` is shown. A refused save changes
 * nothing in the form: every value stays, and the version stays the loaded one, so saving again cannot overwrite
 * someone else's change unseen.
 */
export function afterVersionedSave<T extends { version?: number }>(
  reset: (values: T) => void,
  values: T,
  message: string,
) {
  return (saved: { version?: number }) => {
    reset({ ...values, version: saved.version ?? values.version });
    return message;
  };
}
