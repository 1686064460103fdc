"use client";

import { useController, type Control } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import type { TCreateApiToken } from "@/lib/api-tokens/schemas";
import { ENVIRONMENTS, type TEnvironment } from "@/lib/platform/environment";

/** The environments a new token may touch: checkboxes whose checked values form the field's array. */
export function EnvironmentCheckboxes(props: {
  control: Control<TCreateApiToken>;
  legend: string;
  labelOf: (environment: TEnvironment) => string;
}) {
  const { field, fieldState } = useController({ control: props.control, name: "environments" });
  const selected = field.value ?? [];
  const toggle = (value: TEnvironment, checked: boolean) =>
    field.onChange(checked ? [...selected, value] : selected.filter((entry) => entry !== value));
  return (
    <fieldset className="space-y-1" aria-describedby="api-token-environments-error">
      <legend className="text-sm font-medium">{props.legend}</legend>
      <div className="flex gap-4">
        {ENVIRONMENTS.map((environment) => (
          <label key={environment} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={selected.includes(environment)}
              onChange={(event) => toggle(environment, event.target.checked)}
              onBlur={field.onBlur}
            />
            {props.labelOf(environment)}
          </label>
        ))}
      </div>
      <FieldError id="api-token-environments-error" message={fieldState.error?.message} />
    </fieldset>
  );
}
