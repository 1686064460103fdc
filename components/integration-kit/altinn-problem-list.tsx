"use client";

import type { TPlacedProblem } from "@/lib/integration-kit/altinn-problems";
import { useProblemText } from "./use-problem-text";

/** Every problem Altinn named, each with the field it is about when there is one. */
export function AltinnProblemList({ problems }: { problems: TPlacedProblem[] }) {
  const { text, fieldName, title, withField } = useProblemText();
  if (!problems.length) return null;
  return (
    <div data-testid="altinn-problems">
      <p className="sr-only">{title}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
        {problems.map(({ field, problem }, index) => (
          <li key={index} data-code={problem.code} data-field={field ?? ""}>
            {field ? withField(fieldName(field), text(problem)) : text(problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}
