"use client";

import { useWatch, type Control, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { LengthCount } from "./length-count";
import { bindField } from "./use-action-form";

/**
 * A text's maximum, told before sending, and how much of it is used; over the limit it turns red at once (the
 * field's own message, from the same zod schema's `tooLong|max`, follows on saving), so an oversized paste is never
 * sent. `max` comes from the feature's limits, the ones its zod schema checks: one source.
 */
export function LengthNote<T extends FieldValues, TOutput extends FieldValues = T>(props: {
  id: string;
  control: Control<T, unknown, TOutput>;
  name: Path<T>;
  max: number;
}) {
  const value: unknown = useWatch({ control: props.control, name: props.name });
  return <LengthCount id={props.id} count={typeof value === "string" ? value.length : 0} max={props.max} />;
}

/** A field's `after` and `describedBy` for its length note (id `${fieldId}-length`). */
export function lengthNoteProps<T extends FieldValues, TOutput extends FieldValues = T>(
  fieldId: string,
  control: Control<T, unknown, TOutput>,
  name: Path<T>,
  max: number,
) {
  const id = `${fieldId}-length`;
  return { describedBy: id, after: <LengthNote id={id} control={control} name={name} max={max} /> };
}

/**
 * A text field's registration, its error and its length note, for a TextField, TextAreaField or MarkdownField of a
 * react-hook-form form (`bindField` with the field's maximum shown). The field's id defaults to its name.
 */
export function bindLimitedField<T extends FieldValues, TOutput extends FieldValues>(
  form: UseFormReturn<T, unknown, TOutput>,
  name: Path<T>,
  max: number,
  id: string = name,
) {
  return { ...bindField(form, name), ...lengthNoteProps(id, form.control, name, max) };
}
