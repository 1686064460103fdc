"use client";

import { createContext, useContext } from "react";
import { problemField, type TDefinitionProblem } from "@/lib/consent-resources/definition-problems";
import { useWarningText } from "./warning-text";

// Warnings are not form errors: they never block a save, so they live beside react-hook-form's errors rather than in
// them. The editor computes them on every change and hands them down; each field shows the ones at its path.

const WarningsContext = createContext<TDefinitionProblem[]>([]);

export const DefinitionWarningsProvider = WarningsContext.Provider;

/** The warnings at exactly this field path (e.g. `consentText.nb`, `contactPoints.0.category`). */
export function useFieldWarnings(field: string): TDefinitionProblem[] {
  return useContext(WarningsContext).filter((problem) => problemField(problem) === field);
}

export { useWarningText };

/** The field's warnings, each on its own line; `id` lets the field name them in `aria-describedby`. */
export function FieldWarnings({ id, field }: { id: string; field: string }) {
  const warnings = useFieldWarnings(field);
  const text = useWarningText();
  if (!warnings.length) return <span id={id} />;
  return (
    <div id={id} data-testid={id}>
      {[...new Set(warnings.map(text))].map((message) => (
        <p key={message} className="mt-1 text-sm text-amber-800">
          <span aria-hidden>⚠ </span>
          {message}
        </p>
      ))}
    </div>
  );
}
