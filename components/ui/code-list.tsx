import type { ReactNode } from "react";

/**
 * Names a developer types as they are (scopes, metadata keys), each as code: in a row of chips, or a bulleted list
 * (`bulleted`). `empty` stands in place of an empty list; `note` adds words after a name (e.g. "required").
 */
export function CodeList(props: {
  items: readonly string[];
  empty: ReactNode;
  bulleted?: boolean;
  note?: (item: string) => ReactNode;
}) {
  if (props.items.length === 0) return <>{props.empty}</>;
  return (
    <ul className={props.bulleted ? "list-disc space-y-1 pl-6" : "flex flex-wrap gap-2"}>
      {props.items.map((item) => (
        <li key={item}>
          <code className="rounded bg-slate-100 px-1">{item}</code>
          {props.note && <> {props.note(item)}</>}
        </li>
      ))}
    </ul>
  );
}
