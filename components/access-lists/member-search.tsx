import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS } from "@/components/forms/field";
import { SearchField } from "@/components/forms/search-field";

/** A plain GET form: the search is in the URL, so results can be reloaded and linked, and work without JavaScript. */
export async function MemberSearch(props: { orgNumber: string; accessListId: string; query: string }) {
  const t = await getTranslations("accessLists.members");
  const base = `/orgs/${props.orgNumber}/access-lists/${props.accessListId}`;
  return (
    <form role="search" action={base} method="get" className="flex flex-wrap items-end gap-2">
      <SearchField
        id="member-search"
        label={t("searchLabel")}
        hint={t("searchHint")}
        query={props.query}
        controlClassName={`w-72 ${CONTROL_CLASS}`}
        className="max-w-md"
      />
      <Button type="submit" className="mb-5">
        {t("search")}
      </Button>
      {props.query && (
        <Link href={base} className="mb-7 text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
