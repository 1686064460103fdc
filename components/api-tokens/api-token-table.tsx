import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import type { TApiTokenRow } from "@/lib/api-tokens/list-api-tokens";
import { RevokeApiToken } from "./revoke-api-token";

/** The organisation's tokens (server HTML; only the revoke button is client code): what each may do, who made it, when it was last used, and its state; admins revoke. */
export async function ApiTokenTable(props: { orgNumber: string; tokens: TApiTokenRow[]; isAdmin: boolean }) {
  const t = await getTranslations("definitions.tokens");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "–");
  const columns = [
    t("name"),
    t("prefix"),
    t("scope"),
    t("environments"),
    t("state"),
    t("createdBy"),
    t("lastUsed"),
    t("actions"),
  ];
  return (
    <TableShell
      caption={t("listTitle")}
      columns={columns}
      testId="api-token-table"
      empty={{ text: t("none"), rowCount: props.tokens.length }}
    >
      {props.tokens.map((token) => (
        <tr key={token.id} className="border-t border-slate-200 align-top" data-testid={`api-token-${token.prefix}`}>
          <td className="px-3 py-2 font-medium">{token.name}</td>
          <td className="px-3 py-2 font-mono">{token.prefix}…</td>
          <td className="px-3 py-2">{t(`scopes.${token.scope}`)}</td>
          <td className="px-3 py-2">
            {token.environments.map((environment) => t(`environment.${environment}`)).join(", ")}
          </td>
          <td className="px-3 py-2" data-testid="api-token-state">
            {t(`states.${token.state}`)}
            {token.revokedAt && (
              <span className="block text-xs text-slate-600">
                {t("revokedBy", { name: token.revokedByName ?? "–", at: when(token.revokedAt) })}
              </span>
            )}
            {!token.revokedAt && token.expiresAt && (
              <span className="block text-xs text-slate-600">{t("expiresAt", { at: when(token.expiresAt) })}</span>
            )}
          </td>
          <td className="px-3 py-2">
            {token.createdByName ?? "–"}
            <span className="block text-xs text-slate-600">{when(token.createdAt)}</span>
          </td>
          <td className="px-3 py-2">{when(token.lastUsedAt)}</td>
          <td className="px-3 py-2">
            {props.isAdmin && !token.revokedAt && (
              <RevokeApiToken orgNumber={props.orgNumber} token={{ id: token.id, name: token.name }} />
            )}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
