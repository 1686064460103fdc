import type { ComponentProps } from "react";
import { CONTROL_CLASS, Field, splitFieldFrame, type TFieldFrame } from "./field";

type TSelectFieldProps = TFieldFrame &
  Omit<ComponentProps<"select">, "id" | "className"> & {
    /** Added to the select's look (a full width, a monospace font). */
    selectClassName?: string;
    /** The choices, after any given as children (a stored value no longer offered). */
    options?: readonly { value: string; label: string }[];
  };

/**
 * A labelled select with its hint and its error, wired for screen readers (see Field). The rest of the props go to
 * the select: a react-hook-form registration (`{...form.register("role")}`), or `name`/`defaultValue` in a GET form.
 */
export function SelectField({ selectClassName = "", options = [], children, ...props }: TSelectFieldProps) {
  const { frame, control, aria } = splitFieldFrame(props);
  return (
    <Field {...frame}>
      <select id={frame.id} {...aria} className={`${CONTROL_CLASS} ${selectClassName}`} {...control}>
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
