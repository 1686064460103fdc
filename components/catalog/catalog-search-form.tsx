import Form from "next/form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/catalog-search-terms";
import { SearchField } from "@/components/forms/search-field";

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
      <SearchField
        id="catalog-q"
        label={t("label")}
        hint={t("hint")}
        query={query}
        maxLength={MAX_QUERY_LENGTH}
        className="flex-1"
      />
      <Button type="submit" variant="primary" size="md" className="self-start sm:mb-7 sm:self-auto">
        {t("submit")}
      </Button>
    </Form>
  );
}
