import type { ComponentProps } from "react";
import { InputField } from "./input-field";

/**
 * The search box of a GET form (`?q=`): the query is in the URL, so results can be reloaded and linked, and the
 * search works without JavaScript.
 */
export function SearchField(
  props: Omit<ComponentProps<typeof InputField>, "name" | "type" | "defaultValue"> & { query: string },
) {
  const { query, ...field } = props;
  return <InputField {...field} name="q" type="search" defaultValue={query} />;
}
