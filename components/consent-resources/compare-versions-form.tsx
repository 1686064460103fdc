import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";

/** Picks two versions; a plain GET form, so the comparison has its own URL and works without script. */
export function CompareVersionsForm(props: { versions: number[]; from: number; to: number }) {
  const t = useTranslations("consentResources.versions");
  const select = (name: "from" | "to", value: number) => (
    <SelectField id={`compare-${name}`} name={name} label={t(name)} defaultValue={value}>
      {props.versions.map((version) => (
        <option key={version} value={version}>
          {version}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("compare")}>
      {select("from", props.from)}
      {select("to", props.to)}
      <Button type="submit">{t("show")}</Button>
    </form>
  );
}
