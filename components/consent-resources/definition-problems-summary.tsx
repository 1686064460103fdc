import { useTranslations } from "next-intl";
import { problemField, type TDefinitionProblem } from "@/lib/consent-resources/definition-problems";
import { useWarningText } from "./warning-text";
import { Section } from "@/components/ui/section";

/**
 * Every warning in one list, each naming its field, so nothing to fix before publishing hides further down the form.
 * No "use client": the editor renders it as you type, the read view (resource-definition-view.tsx) on the server.
 */
export function DefinitionProblemsSummary({ problems }: { problems: TDefinitionProblem[] }) {
  const t = useTranslations("consentResources");
  const text = useWarningText();
  if (!problems.length) return null;
  return (
    <Section
      headingId="definition-problems-title"
      title={t("editor.problemsTitle", { count: problems.length })}
      headingClassName="font-semibold"
      data-testid="definition-problems"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <p>{t("editor.problemsIntro")}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem, index) => (
          <li key={`${problemField(problem)}-${problem.message}-${problem.key ?? ""}-${index}`}>
            <span className="font-medium">
              {t(`fields.${String(problem.path[0])}` as "fields.title")}
              {problem.language && ` (${t(`editor.language.${problem.language}`)})`}:
            </span>{" "}
            {text(problem)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
