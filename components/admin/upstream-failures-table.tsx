import { RetryButton } from "@/components/ui/retry-button";
import { TableShell } from "@/components/ui/table-shell";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TUpstreamFailure } from "@/lib/upstream-status/list-recent-upstream-failures";
import { toUpstreamEnv } from "@/lib/platform/environment";

export async function UpstreamFailuresTable({ failures }: { failures: TUpstreamFailure[] }) {
  const t = await getTranslations("upstreamStatus.failures");
  const format = await getFormatter();
  return (
    <TableShell
      caption={t("caption")}
      columns={[t("when"), t("change"), t("reason"), t("state")]}
      empty={{ text: t("none"), rowCount: failures.length }}
    >
      {failures.map((failure) => (
        <tr key={failure.id} className="border-t border-slate-200" data-testid="upstream-failure">
          <td className="whitespace-nowrap px-3 py-2">
            {format.dateTime(failure.updatedAt, { dateStyle: "short", timeStyle: "medium" })}
          </td>
          <td className="px-3 py-2">
            <span className="font-mono text-xs">{failure.kind}</span> · {toUpstreamEnv(failure.environment)} ·{" "}
            <span className="font-mono text-xs">{failure.targetId}</span>
            {failure.organisation && <span className="block text-xs text-slate-600">{failure.organisation.name}</span>}
          </td>
          <td className="px-3 py-2">{failure.lastError}</td>
          <td className="px-3 py-2">
            {failure.status === "FAILED" ? (
              <RetryButton changeId={failure.id} label={t("retry")} />
            ) : (
              t("retrying", { attempts: failure.attempts })
            )}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
