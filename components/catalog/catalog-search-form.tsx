import Form from "next/form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/match-catalog-query";
import { CONTROL_CLASS } from "@/components/forms/field";

/** A GET form: the query is in the URL (`?q=`), so search works without JavaScript and results can be linked. */
export function CatalogSearchForm({ query }: { query: string }) {
  const t = useTranslations("catalog.search");
  return (
    <Form
      action="/catalog"
      role="search"
      aria-label={t("label")}
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
    >
      <div className="flex-1">
        <label htmlFor="catalog-q" className="block text-sm font-medium">
          {t("label")}
        </label>
        <input
          id="catalog-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="catalog-q-hint"
          className={`w-full ${CONTROL_CLASS}`}
        />
        <p id="catalog-q-hint" className="mt-1 text-sm text-slate-600">
          {t("hint")}
        </p>
      </div>
      <Button type="submit" variant="primary" size="md" className="self-start sm:mb-7 sm:self-auto">
        {t("submit")}
      </Button>
    </Form>
  );
}
