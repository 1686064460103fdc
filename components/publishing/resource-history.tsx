import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { TableShell } from "@/components/ui/table-shell";
import type { TConsentResourceVersion, TPublication } from "@/lib/consent-resources/consent-resource-select";
import type { THistoryEvent } from "@/lib/lifecycle/list-resource-history";
import { ENVIRONMENTS } from "@/lib/platform/environment";
import type { TRegistrySync } from "@/lib/publishing/latest-registry-changes";
import { resourceStatusLabel } from "./resource-status-label";

const COLUMNS = ["when", "who", "where", "what", "registry"] as const;

/**
 * A resource's history: what each environment has now (version, state, status, whether the registry has it), then
 * every publication, status change, withdrawal and deletion with who, where and when, a page at a time.
 */
export async function ResourceHistory(props: {
  versions: TConsentResourceVersion[];
  publications: TPublication[];
  sync: Record<(typeof ENVIRONMENTS)[number], TRegistrySync | null>;
  events: THistoryEvent[];
  /** Links to the next (older) page and back to the first, or null. */
  olderHref: string | null;
  newestHref: string | null;
}) {
  const t = await getTranslations("publishing");
  const format = await getFormatter();
  const statusOf = (versionId: string) => props.versions.find((v) => v.id === versionId)?.content.status ?? null;
  const syncText = (sync: Pick<TRegistrySync, "status" | "lastError"> | null) =>
    sync ? t(`sync.${sync.status}`, { reason: sync.lastError ?? "" }) : t("sync.none");

  const now = await Promise.all(
    ENVIRONMENTS.map(async (environment) => {
      const name = t(`environments.${environment}`);
      const publication = props.publications.find((p) => p.environment === environment);
      if (!publication) return { environment, text: t("history.nowNone", { environment: name }) };
      const values = {
        environment: name,
        version: publication.version,
        state: t(`states.${publication.state}`),
        status: await resourceStatusLabel(statusOf(publication.versionId)),
      };
      return { environment, text: `${t("history.now", values)} · ${syncText(props.sync[environment])}` };
    }),
  );
  // One row per event, its cells in the order of COLUMNS.
  const rows = await Promise.all(
    props.events.map(async (event) => ({
      id: event.id,
      cells: [
        format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" }),
        event.actorName ?? t("history.unknownActor"),
        t(`environments.${event.environment}`),
        t(`history.kinds.${event.kind}`, { version: event.version, status: await resourceStatusLabel(event.status) }),
        syncText(event.sync),
      ],
    })),
  );

  return (
    <Section headingId="history-heading" title={t("history.title")} id="history" className="space-y-3">
      <p className="text-slate-700">{t("history.intro")}</p>
      <h3 className="font-medium">{t("history.nowTitle")}</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {now.map(({ environment, text }) => (
          <li key={environment} data-testid={`history-now-${environment}`}>
            {text}
          </li>
        ))}
      </ul>
      <TableShell
        caption={t("history.title")}
        columns={COLUMNS.map((column) => t(`history.columns.${column}`))}
        testId="resource-history"
        empty={{ text: t("history.empty"), rowCount: rows.length }}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-200" data-testid="history-row">
            {row.cells.map((cell, index) => (
              <td key={COLUMNS[index]} className={index === 0 ? "whitespace-nowrap px-3 py-2" : "px-3 py-2"}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </TableShell>
      <div className="flex gap-4 text-sm">
        {props.newestHref && (
          <Link href={props.newestHref} className="text-brand-700 underline">
            {t("history.newest")}
          </Link>
        )}
        {props.olderHref && (
          <Link href={props.olderHref} className="text-brand-700 underline">
            {t("history.older")}
          </Link>
        )}
      </div>
    </Section>
  );
}
