import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS } from "@/components/forms/field";

/** A plain GET form: the search is in the URL, so results can be reloaded and linked, and work without JavaScript. */
export async function MemberSearch(props: { orgNumber: string; accessListId: string; query: string }) {
  const t = await getTranslations("accessLists.members");
  const base = `/orgs/${props.orgNumber}/access-lists/${props.accessListId}`;
  return (
    <form role="search" action={base} method="get" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="member-search" className="block text-sm font-medium">
          {t("searchLabel")}
        </label>
        <input
          id="member-search"
          name="q"
          type="search"
          defaultValue={props.query}
          aria-describedby="member-search-hint"
          className={`w-72 ${CONTROL_CLASS}`}
        />
        <p id="member-search-hint" className="mt-1 max-w-md text-xs text-slate-600">
          {t("searchHint")}
        </p>
      </div>
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
