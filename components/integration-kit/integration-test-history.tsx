import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableShell } from "@/components/ui/table-shell";
import { normaliseConsentStatus } from "@/lib/integration-kit/consent-status";
import type { TIntegrationTestSummary } from "@/lib/integration-kit/list-integration-tests";

/** The organisation's latest test requests, newest first, each linking to its panel. */
export async function IntegrationTestHistory({
  orgNumber,
  tests,
}: {
  orgNumber: string;
  tests: TIntegrationTestSummary[];
}) {
  const t = await getTranslations("integrationKit.history");
  const tStatus = await getTranslations("integrationKit.statuses");
  const format = await getFormatter();
  const status = (test: TIntegrationTestSummary) => {
    const known = normaliseConsentStatus(test.consentStatus);
    if (known) return tStatus(known);
    // No status from Altinn yet: where the creation stands, in words (not the stored PENDING or FAILED).
    const sync = test.sync?.status;
    return test.consentStatus ?? (sync ? t(`sync.${sync}`) : t("none"));
  };
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <TableShell
      caption={t("title")}
      visibleCaption
      columns={[t("resource"), t("from"), t("created"), t("status"), t("token")]}
    >
      {tests.map((test) => (
        <tr key={test.id} className="border-t border-slate-200" data-testid="integration-test-row">
          <td className="px-3 py-2 font-mono">
            <Link
              href={`/orgs/${orgNumber}/integration?resource=${encodeURIComponent(test.resourceIdentifier)}&id=${test.id}#test-heading`}
              className="underline"
            >
              {test.resourceIdentifier}
            </Link>
          </td>
          <td className="px-3 py-2 font-mono">{test.from.split(":").at(-1)}</td>
          <td className="px-3 py-2">{when(test.createdAt)}</td>
          <td className="px-3 py-2">{status(test)}</td>
          <td className="px-3 py-2">
            {test.tokenObtainedAt ? t("tokenObtained", { date: when(test.tokenObtainedAt) }) : t("none")}
          </td>
        </tr>
      ))}
    </TableShell>
  );
}
