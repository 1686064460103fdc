"use client";

import { useTranslations } from "next-intl";
import type { TConsentTokenReport } from "@/lib/consent-tokens/consent-token-report";
import { ConsentTokenChecks } from "./consent-token-checks";
import type { TValidatorOutcome } from "./consent-token-validator";
import { Section } from "@/components/ui/section";

/** The last check's outcome: the verdict, each check, and the decoded token. */
export function ConsentTokenOutcome({ outcome }: { outcome: TValidatorOutcome }) {
  const t = useTranslations("validator.result");
  if (outcome.kind === "error") {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
        {outcome.message}
      </p>
    );
  }
  const { report, resource } = outcome;
  if (report.kind === "malformed") return null;
  const failed = report.kind === "checked" ? report.checks.filter((check) => check.status === "fail").length : 0;
  return (
    <Section headingId="validator-result-title" title={t("title")} className="space-y-4">
      {report.kind === "jwksUnavailable" && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("jwksUnavailable", { url: report.jwksUrl, reason: t(`jwksReason.${report.reason}`) })}
        </p>
      )}
      {report.kind === "checked" &&
        (report.valid ? (
          <p
            role="status"
            className="rounded border border-green-300 bg-green-50 p-3 text-sm font-medium text-green-800"
          >
            {t("valid", { resource })}
          </p>
        ) : (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800">
            {t("invalid", { resource, count: failed })}
          </p>
        ))}
      {report.kind === "checked" && (
        <p className="text-sm text-slate-700" data-testid="token-holder">
          {report.holder.supplier
            ? t("holderSupplier", {
                supplier: report.holder.supplier,
                consumer: report.holder.consumer ?? t("unknown"),
                source: report.holder.delegationSource ?? t("unknown"),
              })
            : t("holderConsumer", { consumer: report.holder.consumer ?? t("unknown") })}
        </p>
      )}
      {report.kind === "checked" && <ConsentTokenChecks checks={report.checks} />}
      <DecodedToken report={report} />
    </Section>
  );
}

function DecodedToken({ report }: { report: Exclude<TConsentTokenReport, { kind: "malformed" }> }) {
  const t = useTranslations("validator.decoded");
  return (
    <Section headingId="decoded-token-title" title={t("title")} level={3} className="space-y-2">
      <p className="text-sm text-slate-700">{t("untrusted")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {(["header", "claims"] as const).map((part) => (
          <figure key={part} className="min-w-0">
            <figcaption className="text-sm font-medium">{t(part)}</figcaption>
            <pre
              data-testid={`decoded-${part}`}
              tabIndex={0}
              className="mt-1 max-h-96 overflow-auto rounded border border-slate-200 bg-slate-50 p-3 font-mono text-xs"
            >
              {JSON.stringify(report[part], null, 2)}
            </pre>
          </figure>
        ))}
      </div>
    </Section>
  );
}
