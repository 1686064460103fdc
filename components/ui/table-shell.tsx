import type { ReactNode } from "react";
import { cardClass } from "./card";

/** The portal's data table: scrollable on phones, a caption for screen readers, column headers; rows are children. */
export function TableShell(props: {
  caption: string;
  columns: string[];
  children: ReactNode;
  visibleCaption?: boolean;
}) {
  return (
    <div className={cardClass({ padding: "none", className: "overflow-x-auto" })}>
      <table className="w-full text-left text-sm">
        <caption className={props.visibleCaption ? "px-3 py-2 text-left font-medium" : "sr-only"}>
          {props.caption}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
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
