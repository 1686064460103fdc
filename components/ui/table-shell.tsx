import type { ReactNode } from "react";
import { cardClass } from "./card";

/**
 * The portal's data table: scrollable on phones, a caption (for screen readers unless `visibleCaption`), column
 * headers; rows are children. A column without a header (a row's actions) is an empty string. With no rows, the
 * `empty` text stands in its place.
 */
export function TableShell(props: {
  caption: string;
  columns: string[];
  children: ReactNode;
  visibleCaption?: boolean;
  testId?: string;
  /** Shown instead of the table when there are no rows (`rowCount` 0). */
  empty?: { text: string; rowCount: number };
}) {
  if (props.empty?.rowCount === 0) return <p className="text-slate-700">{props.empty.text}</p>;
  // Focusable, so a keyboard can scroll a table wider than a phone (axe: scrollable-region-focusable); a table
  // without links or buttons would otherwise be unreachable past its first columns.
  return (
    <div tabIndex={0} className={cardClass({ padding: "none", className: "overflow-x-auto" })}>
      <table className="w-full text-left text-sm" data-testid={props.testId}>
        <caption className={props.visibleCaption ? "px-3 py-2 text-left font-medium" : "sr-only"}>
          {props.caption}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {props.columns.map((column, index) => (
              <th key={`${index}-${column}`} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
