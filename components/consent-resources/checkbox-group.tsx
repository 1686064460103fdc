"use client";

import type { ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldMessages } from "./field-messages";

/**
 * A list of checkboxes whose checked values form the field's array (scope references, party types, approvers).
 * `fallback` is what an absent field means (approvers left out are the default roles).
 */
export function CheckboxGroup(props: {
  name: "scopeReferences" | "availableForType" | "approverRoles" | "approverAccessPackages";
  legend: string;
  hint?: ReactNode;
  options: { value: string; label: ReactNode }[];
  fallback?: readonly string[];
  className?: string;
}) {
  const { control } = useFormContext<TDefinitionForm>();
  const { field, fieldState } = useController({ control, name: props.name });
  const selected = (field.value ?? props.fallback ?? []) as string[];
  const toggle = (value: string, checked: boolean) =>
    field.onChange(checked ? [...selected, value] : selected.filter((entry) => entry !== value));
  return (
    <fieldset className={props.className ?? "space-y-1"} aria-describedby={`${props.name}-error`}>
      <legend className="text-sm font-semibold">{props.legend}</legend>
      {props.hint}
      {props.options.map((option) => {
        const id = `${props.name}-${option.value}`;
        return (
          <div key={option.value} className="flex items-center gap-2">
            <input
              id={id}
              type="checkbox"
              className="h-4 w-4"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={field.onBlur}
            />
            <label htmlFor={id} className="text-sm">
              {option.label}
            </label>
          </div>
        );
      })}
      <FieldMessages id={`${props.name}-error`} error={fieldState.error ?? firstItemError(fieldState.error)} />
    </fieldset>
  );
}

/** Errors on one entry (e.g. `scopeReferences.1`) arrive as an array; show the first beside the group. */
function firstItemError(error: unknown) {
  if (!Array.isArray(error)) return undefined;
  return error.find(Boolean);
}
