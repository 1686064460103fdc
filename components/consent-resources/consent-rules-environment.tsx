"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";

export type TRulesEnvironment = "test" | "prod";

/** Test or production, for the policy shown and for "Try it". */
export function EnvironmentSelect(props: {
  id: string;
  label: string;
  value: TRulesEnvironment;
  onChange: (environment: TRulesEnvironment) => void;
}) {
  const t = useTranslations("consentRules.environments");
  return (
    <SelectField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as TRulesEnvironment)}
      options={(["test", "prod"] as const).map((value) => ({ value, label: t(value) }))}
    />
  );
}
