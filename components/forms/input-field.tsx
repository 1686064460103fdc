import type { ComponentProps } from "react";
import { CONTROL_CLASS, Field, splitFieldFrame, type TFieldFrame } from "./field";

type TInputFieldProps = TFieldFrame &
  Omit<ComponentProps<"input">, "id" | "className"> & {
    /** The input's whole look, where it is not the full-width text box (a search box's width, a file picker). */
    controlClassName?: string;
  };

/**
 * A labelled input with its hint and its error, wired for screen readers (see Field). The rest of the props go to
 * the input: a react-hook-form registration, or `name`/`defaultValue` in a GET form.
 */
export function InputField({ controlClassName = `w-full ${CONTROL_CLASS}`, ...props }: TInputFieldProps) {
  const { frame, control, aria } = splitFieldFrame(props);
  return (
    <Field {...frame}>
      <input id={frame.id} {...aria} className={controlClassName} {...control} />
    </Field>
  );
}
