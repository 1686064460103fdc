import { getTranslations } from "next-intl/server";
import { requirePlatformAdmin } from "@/lib/platform/auth/require-platform-admin";
import { listConsumerProgress } from "@/lib/checklist/list-consumer-progress";
import { cardClass } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("checklist.admin");
  return { title: t("title") };
}

/** Every consumer organisation's checklist progress per environment, from the portal's records. */
export default async function ConsumerProgressPage() {
  await requirePlatformAdmin();
  const t = await getTranslations("checklist");
  const consumers = await listConsumerProgress();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("admin.note")}</p>
      {consumers.length === 0 ? (
        <p className="text-slate-700">{t("admin.empty")}</p>
      ) : (
        <table
          className={cardClass({ padding: "none", className: "w-full text-left text-sm" })}
          data-testid="consumer-progress"
        >
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("admin.organisation")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("environments.test")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("environments.prod")}
              </th>
            </tr>
          </thead>
          <tbody>
            {consumers.map((consumer) => (
              <tr
                key={consumer.id}
                className="border-t border-slate-200"
                data-testid={`consumer-${consumer.orgNumber}`}
              >
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
          </tbody>
        </table>
      )}
    </section>
  );
}
