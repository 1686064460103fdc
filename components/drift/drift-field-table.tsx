import { getTranslations } from "next-intl/server";
import { LISTED_MEMBERS, type TDriftFields, type TDriftValue } from "@/lib/drift/drift-fields";

/** A value as text; a long list (members) shows its first LISTED_MEMBERS and how many more. */
function Value({ value, more }: { value: TDriftValue; more: (count: number) => string }) {
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="text-slate-500">—</span>;
    const shown = value.slice(0, LISTED_MEMBERS);
    return (
      <ul className="list-none space-y-0.5">
        {shown.map((item) => (
          <li key={item} className="break-all font-mono text-xs">
            {item}
          </li>
        ))}
        {value.length > shown.length && <li className="text-xs text-slate-600">{more(value.length - shown.length)}</li>}
      </ul>
    );
  }
  if (value === null || value === "") return <span className="text-slate-500">—</span>;
  // Upstream's own values (`Disabled`, a policy id): machine values, shown as code.
  return <code className="break-all text-xs">{String(value)}</code>;
}

/** Field by field: what the portal has and what upstream has. */
export async function DriftFieldTable({ fields }: { fields: TDriftFields }) {
  const t = await getTranslations("drift.fields");
  // Scrolls inside itself on a phone (long values), reachable by keyboard.
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="drift-fields">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-1">
              {t("field")}
            </th>
            <th scope="col" className="px-2 py-1">
              {t("portal")}
            </th>
            <th scope="col" className="px-2 py-1">
              {t("upstream")}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(fields).map(([name, { portal, upstream }]) => (
            <tr key={name} data-testid="drift-field" data-field={name} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-2 py-1 font-mono text-xs font-normal">
                {name}
              </th>
              <td className="px-2 py-1">
                <Value value={portal} more={(count) => t("more", { count })} />
              </td>
              <td className="px-2 py-1">
                <Value value={upstream} more={(count) => t("more", { count })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
