"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { emptyLanguages } from "@/lib/documentation/text-for-reader";
import type { TDefinitionForm } from "./definition-form-types";

// The consent text is the one trilingual text the registry does not require in every language: title, description
// and the right's description must have nb, nn and en (altinn-resource-registry,
// src/Altinn.ResourceRegistry.Core/Helpers/ServiceResourceHelper.cs, ValidateResource: "Missing title in nynorsk nn"
// …), which the editor enforces as errors. A consent text left empty in a language is flagged, not refused
// (issue 16.6): readers in that language are shown another, marked as such.

type TOptionalText = "consentText";
const OPTIONAL_TEXTS: TOptionalText[] = ["consentText"];

function useLanguageNames() {
  const t = useTranslations("documentation.languages");
  return (languages: readonly ("nb" | "nn" | "en")[]) =>
    languages.map((language) => t("inProse", { language })).join(", ");
}

/** Under a trilingual field: the languages left empty, while any language is written. */
export function MissingLanguagesNote({ field, id }: { field: TOptionalText; id: string }) {
  const t = useTranslations("documentation.languages");
  const names = useLanguageNames();
  const text = useWatch<TDefinitionForm, TOptionalText>({ name: field });
  const missing = emptyLanguages(text ?? {});
  if (missing.length === 0 || missing.length === 3) return <span id={id} />;
  return (
    <p id={id} className="text-sm text-amber-800" data-testid={id}>
      <span aria-hidden>⚠ </span>
      {t("fieldMissing", { languages: names(missing) })}
    </p>
  );
}

/** Before saving and publishing: every optional text missing a language, as a warning that does not block. */
export function MissingLanguagesSummary() {
  const t = useTranslations("documentation.languages");
  const tEditor = useTranslations("consentResources.editor");
  const names = useLanguageNames();
  const { control } = useFormContext<TDefinitionForm>();
  const values = useWatch({ control, name: OPTIONAL_TEXTS });
  const items = OPTIONAL_TEXTS.flatMap((field, index) => {
    const missing = emptyLanguages(values[index] ?? {});
    return missing.length > 0 && missing.length < 3 ? [{ field, missing }] : [];
  });
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="missing-languages-title"
      data-testid="missing-languages"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <h2 id="missing-languages-title" className="font-semibold">
        {t("summaryTitle")}
      </h2>
      <p>{t("summaryIntro")}</p>
      <ul className="mt-1 list-disc pl-5">
        {items.map(({ field, missing }) => (
          <li key={field}>{t("summaryItem", { field: tEditor(field), languages: names(missing) })}</li>
        ))}
      </ul>
    </section>
  );
}
