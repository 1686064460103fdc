"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { RecheckButton } from "@/components/ui/recheck-button";
import { fetchJson } from "@/lib/platform/query/fetch-json";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TApiCheck, TEnvironmentStatus } from "@/lib/upstream-status/check-upstream-status";
import { cardClass } from "@/components/ui/card";

type TStatus = { environments: TEnvironmentStatus[]; organisationRegister: TApiCheck };

/** Live status of every upstream API, re-checked every 30 seconds and on demand. */
export function UpstreamStatusPanel() {
  const t = useTranslations("upstreamStatus");
  const query = useQuery({
    queryKey: queryKeys.upstreamStatus(),
    queryFn: () => fetchJson<TStatus>("/api/admin/upstream-status"),
    refetchInterval: 30_000,
  });
  return (
    <section aria-labelledby="apis-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="apis-heading" className="text-lg font-semibold">
          {t("apis")}
        </h2>
        <RecheckButton
          onRecheck={() => void query.refetch()}
          checking={query.isFetching}
          label={t("checkAgain")}
          checkingLabel={t("checking")}
        />
      </div>
      {query.isError && (
        <p role="alert" className="text-red-700">
          {query.error.message}
        </p>
      )}
      {query.isPending && <p className="text-slate-600">{t("checking")}</p>}
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
    </section>
  );
}

function ChecksTable({ title, checks }: { title: string; checks: TApiCheck[] }) {
  const t = useTranslations("upstreamStatus");
  return (
    <table
      className={cardClass({ padding: "none", className: "w-full text-left text-sm" })}
      data-testid="upstream-checks"
    >
      <caption className="px-3 py-2 text-left font-medium">{title}</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="px-3 py-2">
            {t("api")}
          </th>
          <th scope="col" className="px-3 py-2">
            {t("state")}
          </th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
