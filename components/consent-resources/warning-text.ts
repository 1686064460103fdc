import { useTranslations } from "next-intl";
import type { TDefinitionProblem } from "@/lib/consent-resources/definition-problems";

/**
 * A definition problem in words (`consentResources.warnings`). No "use client": the resource's read view renders its
 * problems on the server (resource-definition-view.tsx) and the editor the same list in the browser.
 */
export function useWarningText(): (problem: TDefinitionProblem) => string {
  const t = useTranslations("consentResources.warnings") as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  return (problem) => t(problem.message, { key: problem.key ?? "" });
}
