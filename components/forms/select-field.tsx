import type { ComponentProps } from "react";
import { CONTROL_CLASS, controlAria, Field, type TFieldFrame } from "./field";

type TSelectFieldProps = TFieldFrame &
  Omit<ComponentProps<"select">, "id" | "className"> & {
    /** Added to the select's look (a full width, a monospace font). */
    selectClassName?: string;
  };

/**
 * A labelled select with its hint and its error, wired for screen readers (see Field). The rest of the props go to
 * the select: a react-hook-form registration (`{...form.register("role")}`), or `name`/`defaultValue` in a GET form.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  labelHidden,
  className,
  selectClassName = "",
  children,
  ...select
}: TSelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} labelHidden={labelHidden} className={className}>
      <select
        id={id}
        {...controlAria(id, { hint, error })}
        className={`${CONTROL_CLASS} ${selectClassName}`}
        {...select}
      >
        {children}
      </select>
    </Field>
  );
}
