import { useTranslations } from "next-intl";
import { TableShell } from "@/components/ui/table-shell";
import { diffDefinitions, type TFieldName } from "@/lib/consent-resources/diff-definitions";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { cardClass } from "@/components/ui/card";

// Enum values in words; a value the messages do not know (a status from the registry) stays as stored.
const OPTION_KEYS: Partial<Record<TFieldName, string>> = {
  status: "options.statuses",
  accessListMode: "options.accessListModes",
  availableForType: "options.availableFor",
  contactPoints: "options.contactCategories",
  keywords: "editor.language",
};

/** The fields (per language for texts) that differ between two definitions, old → new. */
export function DefinitionDiff(props: {
  before: TConsentResourceDefinition;
  after: TConsentResourceDefinition;
  beforeLabel: string;
  afterLabel: string;
  testId?: string;
}) {
  const t = useTranslations("consentResources");
  const option = (field: TFieldName, value: string) => {
    const key = `${OPTION_KEYS[field]}.${value}`;
    return OPTION_KEYS[field] && t.has(key as never) ? t(key as never) : value;
  };
  const words = { optional: t("diff.optional"), yes: t("diff.yes"), no: t("diff.no"), option };
  const changes = diffDefinitions(props.before, props.after, words);
  const caption = t("diff.caption", { before: props.beforeLabel, after: props.afterLabel });
  if (!changes.length) {
    return (
      <p
        className={cardClass({ padding: "sm", className: "text-sm text-slate-700" })}
        data-testid={props.testId ?? "definition-diff"}
      >
        <span className="font-medium">{caption}:</span> {t("diff.none")}
      </p>
    );
  }
  const value = (text: string) => (text ? text : <span className="italic text-slate-500">{t("diff.empty")}</span>);
  return (
    <div data-testid={props.testId ?? "definition-diff"}>
      <TableShell caption={caption} visibleCaption columns={[t("diff.field"), props.beforeLabel, props.afterLabel]}>
        {changes.map((change) => (
          <tr
            key={`${change.field}-${change.language ?? ""}`}
            className="border-t border-slate-200 align-top"
            data-testid="diff-row"
          >
            <th scope="row" className="px-3 py-2 font-medium">
              {t(`fields.${change.field}`)}
              {change.language && <span className="text-slate-600"> ({t(`editor.language.${change.language}`)})</span>}
            </th>
            <td className="px-3 py-2 whitespace-pre-wrap break-words">
              <del className="no-underline">{value(change.before)}</del>
            </td>
            <td className="px-3 py-2 whitespace-pre-wrap break-words">
              <ins className="no-underline">{value(change.after)}</ins>
            </td>
          </tr>
        ))}
      </TableShell>
    </div>
  );
}
