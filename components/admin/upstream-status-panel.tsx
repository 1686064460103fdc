"use client";

import { useLiveQuery } from "@/components/ui/live-query";
import { useTranslations } from "next-intl";
import { LiveCheckSection } from "@/components/ui/recheck-button";
import { TableShell } from "@/components/ui/table-shell";
import { fetchJson } from "@/lib/platform/query/fetch-json";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TApiCheck, TEnvironmentStatus } from "@/lib/upstream-status/check-upstream-status";

export type TUpstreamStatus = { environments: TEnvironmentStatus[]; organisationRegister: TApiCheck };

/**
 * Live status of every upstream API, re-checked every 30 seconds and on demand. The first answer streams with the
 * page (`initial`), so the live query's library loads only when the first re-check is due (live-query-client.ts).
 */
export function UpstreamStatusPanel({ initial }: { initial?: TUpstreamStatus }) {
  const t = useTranslations("upstreamStatus");
  const query = useLiveQuery(
    queryKeys.upstreamStatus(),
    () => fetchJson<TUpstreamStatus>("/api/admin/upstream-status"),
    { initialData: initial, refetchInterval: 30_000 },
  );
  return (
    <LiveCheckSection
      headingId="apis-heading"
      title={t("apis")}
      query={query}
      messages="upstreamStatus"
      className="space-y-3"
    >
      {query.data && (
        <div className="grid gap-4 md:grid-cols-2">
          {query.data.environments.map((status) => (
            <ChecksTable
              key={status.environment}
              title={t(`environment.${status.environment}`)}
              checks={status.checks}
            />
          ))}
          <ChecksTable title={t("shared")} checks={[query.data.organisationRegister]} />
        </div>
      )}
    </LiveCheckSection>
  );
}

function ChecksTable({ title, checks }: { title: string; checks: TApiCheck[] }) {
  const t = useTranslations("upstreamStatus");
  return (
    <TableShell caption={title} visibleCaption columns={[t("api"), t("state")]} testId="upstream-checks">
      {checks.map((check) => (
        <tr key={check.api} className="border-t border-slate-200" data-testid={`check-${check.api}`}>
          <th scope="row" className="px-3 py-2 font-normal">
            {t(`apiNames.${check.api}` as never)}
          </th>
          <td className="px-3 py-2">
            <span className={check.ok ? "text-green-800" : "font-medium text-red-800"}>
              {check.ok ? t("ok", { ms: check.latencyMs }) : t("failing")}
            </span>
            {check.detail && <span className="block text-xs text-slate-600">{check.detail}</span>}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
