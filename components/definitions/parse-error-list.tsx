import { useTranslations } from "next-intl";
import type { TDefinitionsParseError } from "@/lib/definitions/parse-definitions-document";

type TLooseTranslate = { has: (key: string) => boolean } & ((key: string, values?: Record<string, string>) => string);

/**
 * Why a document does not read, each problem at its place (path and line). Schema messages are the editors' keys
 * under `errors.fields` (`tooLong|200`); anything else (the YAML parser's words) is shown as it came.
 */
export function ParseErrorList(props: { id: string; errors: TDefinitionsParseError[] }) {
  const t = useTranslations("definitions.editor");
  const fields = useTranslations("errors.fields") as unknown as TLooseTranslate;
  const message = (text: string) => {
    const [name = text, value = ""] = text.split("|");
    return fields.has(name) ? fields(name, { key: value }) : text;
  };
  return (
    <div id={props.id} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      <p className="font-medium">{t("parseErrors", { count: props.errors.length })}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {props.errors.map((error, index) => (
          <li key={index}>
            <span className="font-mono">
              {[error.path || t("document"), error.line ? t("line", { line: error.line }) : null]
                .filter(Boolean)
                .join(", ")}
            </span>
            : {message(error.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
