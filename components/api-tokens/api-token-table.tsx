"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TableShell } from "@/components/ui/table-shell";
import { revokeApiTokenAction } from "@/lib/api-tokens/api-token-actions";
import type { TApiTokenRow } from "@/lib/api-tokens/list-api-tokens";

/** The organisation's tokens: what each may do, who made it, when it was last used, and its state; admins revoke. */
export function ApiTokenTable(props: { orgNumber: string; tokens: TApiTokenRow[]; isAdmin: boolean }) {
  const t = useTranslations("definitions.tokens");
  const format = useFormatter();
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
            {props.isAdmin && !token.revokedAt && <RevokeButton orgNumber={props.orgNumber} token={token} />}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}

/** A trigger in a table row: small, and kept enabled so that closing the dialog can return focus to it. */
const ROW_TRIGGER = { triggerSize: "xs", keepTriggerEnabled: true } as const;

function RevokeButton(props: { orgNumber: string; token: TApiTokenRow }) {
  const t = useTranslations("definitions.tokens");
  const { pending, error, success, submit } = useActionSubmit();
  const { token } = props;
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger={t("revoke")}
        triggerAriaLabel={t("revokeNamed", { name: token.name })}
        {...ROW_TRIGGER}
        pending={pending}
        pendingLabel={t("revoking")}
        title={t("revokeTitle", { name: token.name })}
        description={<p>{t("revokeDescription")}</p>}
        cancelLabel={t("cancel")}
        confirmLabel={t("revoke")}
        onConfirm={() =>
          submit(revokeApiTokenAction, { orgNumber: props.orgNumber, tokenId: token.id }, () => t("revoked"))
        }
      />
      <FormStatus compact error={error} success={success} />
    </div>
  );
}
