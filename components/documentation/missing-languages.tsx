import { useTranslations } from "next-intl";
import type { TDocumentationLanguage } from "@/lib/documentation/documentation-languages";

/** Which languages the documentation is not written in yet, or that it is written in all three. */
export function MissingLanguages(props: { missing: readonly TDocumentationLanguage[] }) {
  const t = useTranslations("documentation.editorLanguages");
  const tLanguages = useTranslations("documentation.languages");
  const names = props.missing.map((language) => tLanguages("name", { language })).join(", ");
  return (
    <p className="text-sm text-slate-700" data-testid="documentation-missing-languages">
      {props.missing.length > 0 ? t("missingList", { languages: names }) : t("allWritten")}
    </p>
  );
}
