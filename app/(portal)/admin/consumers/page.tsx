import { loadAdminPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { TableShell } from "@/components/ui/table-shell";
import { listConsumerProgress } from "@/lib/checklist/list-consumer-progress";

export const generateMetadata = pageTitle("checklist.admin");

/** Every consumer organisation's checklist progress per environment, from the portal's records. */
export default async function ConsumerProgressPage() {
  const t = await loadAdminPage("checklist");
  const consumers = await listConsumerProgress();
  return (
    <PageShell title={t("admin.title")} intro={t("admin.note")} spacing="lg">
      <TableShell
        empty={{ text: t("admin.empty"), rowCount: consumers.length }}
        caption={t("admin.title")}
        columns={[t("admin.organisation"), t("environments.test"), t("environments.prod")]}
        testId="consumer-progress"
      >
        {consumers.map((consumer) => (
          <tr key={consumer.id} className="border-t border-slate-200" data-testid={`consumer-${consumer.orgNumber}`}>
            <th scope="row" className="px-3 py-2 font-normal">
              {consumer.name} ({consumer.orgNumber})
            </th>
            {consumer.environments.map((progress) => (
              <td key={progress.environment} className="px-3 py-2" data-testid={`progress-${progress.environment}`}>
                {t("admin.stepsDone", { done: progress.done, total: progress.total })}
              </td>
            ))}
          </tr>
        ))}
      </TableShell>
    </PageShell>
  );
}
