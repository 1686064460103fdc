import Form from "next/form";
import { useTranslations } from "next-intl";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/match-catalog-query";

/** A GET form: the query is in the URL (`?q=`), so search works without JavaScript and results can be linked. */
export function CatalogSearchForm({ query }: { query: string }) {
  const t = useTranslations("catalog.search");
  return (
    <Form action="/catalog" role="search" aria-label={t("label")} className="flex flex-col gap-2 sm:flex-row sm:items-end">
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
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        <p id="catalog-q-hint" className="mt-1 text-sm text-slate-600">
          {t("hint")}
        </p>
      </div>
      <button type="submit" className="self-start rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 sm:mb-7 sm:self-auto">
        {t("submit")}
      </button>
    </Form>
  );
}
