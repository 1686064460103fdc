import type { UseFormRegisterReturn } from "react-hook-form";

/** One choice of a few, side by side under its legend (a party type, an environment): radios of a react-hook-form. */
export function RadioGroupField<T extends string>(props: {
  legend: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  registration: UseFormRegisterReturn;
  /** The option checked before the form's code runs (a form whose react-hook-form loads later); optional. */
  defaultValue?: T;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{props.legend}</legend>
      <div className="mt-1 flex gap-4">
        {props.options.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              value={option}
              defaultChecked={props.defaultValue === undefined ? undefined : option === props.defaultValue}
              {...props.registration}
            />
            {props.labelOf(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
