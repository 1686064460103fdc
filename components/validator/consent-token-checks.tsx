"use client";

import { useTranslations } from "next-intl";
import type { TConsentTokenCheck } from "@/lib/consent-tokens/consent-token-report";
import { cardClass } from "@/components/ui/card";

const STATUS_STYLE: Record<TConsentTokenCheck["status"], { icon: string; className: string }> = {
  pass: { icon: "✓", className: "border-green-300 bg-green-50 text-green-800" },
  fail: { icon: "✗", className: "border-red-300 bg-red-50 text-red-800" },
  notChecked: { icon: "–", className: "border-slate-300 bg-slate-100 text-slate-700" },
};

/** Each check in order, with what it expected and what the token holds. */
export function ConsentTokenChecks({ checks }: { checks: TConsentTokenCheck[] }) {
  const t = useTranslations("validator");
  return (
    <ol aria-label={t("result.checksLabel")} className="space-y-2">
      {checks.map((check) => {
        const style = STATUS_STYLE[check.status];
        return (
          <li
            key={check.id}
            data-testid={`check-${check.id}`}
            data-status={check.status}
            className={cardClass({ padding: "sm" })}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
                <span aria-hidden>{style.icon} </span>
                {t(`result.status.${check.status}`)}
              </span>
              <h3 className="font-medium">{t(`checks.${check.id}.label`)}</h3>
            </div>
            {check.blockedBy && (
              <p className="mt-1 text-sm text-slate-700">
                {t("result.blockedBy", { check: t(`checks.${check.blockedBy}.label`) })}
              </p>
            )}
            {/* A check left out by choice (e.g. no scope required) still shows what the token holds. */}
            {(check.status !== "notChecked" || (!check.blockedBy && check.found !== null)) && (
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                {check.status !== "notChecked" && (
                  <>
                    <dt className="text-slate-600">{t("result.expected")}</dt>
                    <dd className="break-all">
                      {t(`checks.${check.id}.expected`, { value: check.expected ?? t("result.missing") })}
                    </dd>
                  </>
                )}
                <dt className="text-slate-600">{t("result.found")}</dt>
                <dd className="font-mono text-xs break-all">{check.found ?? t("result.missing")}</dd>
              </dl>
            )}
            {check.problems?.map((problem) => (
              <p key={problem.code} className="mt-1 text-sm">
                {t(`problems.${problem.code}`, { value: problem.value ?? "" })}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
