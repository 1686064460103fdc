"use client";

import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { TFieldFrame } from "./field";
import { InputField } from "./input-field";

/** A labelled input of a react-hook-form form, with its hint and its error beside it (see InputField). */
export function TextField({
  registration,
  inputProps,
  ...field
}: TFieldFrame & {
  registration: UseFormRegisterReturn;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}) {
  // The input's own class replaces its look; the field's `className` lays out the whole field.
  const { className: controlClassName, ...input } = inputProps ?? {};
  return <InputField {...field} {...input} controlClassName={controlClassName} {...registration} />;
}
