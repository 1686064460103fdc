import { useTranslations } from "next-intl";

/** Picks two versions; a plain GET form, so the comparison has its own URL and works without script. */
export function CompareVersionsForm(props: { versions: number[]; from: number; to: number }) {
  const t = useTranslations("consentResources.versions");
  const select = (name: "from" | "to", value: number) => (
    <div>
      <label htmlFor={`compare-${name}`} className="block text-sm font-medium">
        {t(name)}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={value} className="mt-1 rounded border border-slate-400 px-3 py-2">
        {props.versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("compare")}>
      {select("from", props.from)}
      {select("to", props.to)}
      <button type="submit" className="rounded border border-slate-400 px-4 py-2 hover:bg-slate-100">
        {t("show")}
      </button>
    </form>
  );
}
