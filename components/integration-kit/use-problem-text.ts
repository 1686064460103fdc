"use client";

import { useTranslations } from "next-intl";
import { KNOWN_PROBLEMS, type TKitField } from "@/lib/integration-kit/altinn-problems";
import type { TFailureProblem } from "@/lib/platform/jobs/describe-upstream-failure";

type TLoose = (key: string, values?: Record<string, string>) => string;

/** Altinn's problem in the user's words, with its code; and a builder field's name for the list. */
export function useProblemText() {
  const t = useTranslations("integrationKit.problems") as unknown as TLoose;
  const text = (problem: TFailureProblem) => {
    const name = KNOWN_PROBLEMS[problem.code];
    // AM-00003/4 name the party as a URN (`orgnr`, `fnumber`): its number is what the user typed.
    const party = problem.extensions?.orgnr ?? problem.extensions?.fnumber ?? "";
    const message = name
      ? t(name, { key: problem.key ?? "", value: party.split(":").at(-1) ?? party })
      : (problem.detail ?? problem.title ?? "");
    return t("withCode", { message, code: problem.code });
  };
  const fieldName = (field: TKitField) =>
    field.startsWith("metadata.")
      ? t("fields.metadata", { key: field.slice("metadata.".length) })
      : t(`fields.${field}`);
  const withField = (field: string, message: string) => t("field", { field, message });
  return { text, fieldName, withField, title: t("title") };
}
