import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import type { listAccessListsWithSync } from "@/lib/access-lists/list-access-lists-with-sync";

type TAccessListRow = Awaited<ReturnType<typeof listAccessListsWithSync>>[number];

/** An environment's access lists, each with its member count and how far its changes are towards Altinn. */
export async function AccessListTable(props: { orgNumber: string; environmentName: string; lists: TAccessListRow[] }) {
  const t = await getTranslations("accessLists");
  return (
    <TableShell
      empty={{ text: t("empty", { environment: props.environmentName }), rowCount: props.lists.length }}
      caption={t("table.caption", { environment: props.environmentName })}
      columns={[t("table.identifier"), t("table.name"), t("table.members"), t("table.sync")]}
    >
      {props.lists.map(({ sync, ...list }) => {
        const total = sync.pending + sync.done + sync.failed.length;
        return (
          <tr key={list.id} className="border-t border-slate-200">
            <td className="px-3 py-2 font-mono">
              <Link href={`/orgs/${props.orgNumber}/access-lists/${list.id}`} className="text-brand-700 underline">
                {list.identifier}
              </Link>
            </td>
            <td className="px-3 py-2">{list.name}</td>
            <td className="px-3 py-2">{list._count.members}</td>
            <td className="px-3 py-2" data-testid="list-sync-summary">
              {sync.failed.length > 0 ? (
                <span className="text-red-800">{t("sync.failedTitle")}</span>
              ) : total > 0 ? (
                t("sync.batches", { done: sync.done, total })
              ) : sync.latest ? (
                <span className="text-green-800">{t("sync.synced")}</span>
              ) : (
                t("sync.none")
              )}
            </td>
          </tr>
        );
      })}
    </TableShell>
  );
}
