"use client";

import { useAsyncAction } from "@/components/ui/use-async-action";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { TProbeReturn } from "@/lib/integration-kit/redirect-probe";

async function postCheck(orgNumber: string, url: string): Promise<TProbeReturn[]> {
  const response = await fetch(`/orgs/${orgNumber}/integration/redirect/check`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url }),
  });
  const body = (await response.json().catch(() => null)) as TProbeReturn[] | { error?: { message?: string } } | null;
  if (!response.ok || !Array.isArray(body))
    throw new Error((body && !Array.isArray(body) && body.error?.message) || `HTTP ${response.status}`);
  return body;
}

function ProbeResult({ result }: { result: TProbeReturn }) {
  const t = useTranslations("redirectKit.live");
  return (
    <li data-testid={`live-${result.outcome}`} data-status={result.status ?? ""} className="space-y-1">
      <p className="font-medium">{t(result.outcome === "ok" ? "ok" : "failedOutcome")}</p>
      <p>
        <code className="rounded bg-slate-100 px-1 break-all">{result.url}</code>
      </p>
      <ul className="list-disc pl-5 text-sm">
        {result.hops
          .filter((hop) => hop.location && hop.status >= 300 && hop.status < 400)
          .map((hop, index) => (
            <li key={index}>{t("hop", { status: hop.status, location: hop.location ?? "" })}</li>
          ))}
      </ul>
      <p className={result.status !== null && result.status < 400 ? "text-green-800" : "text-red-800"}>
        {result.stopped ? t(`stopped.${result.stopped}`) : t("status", { status: result.status ?? 0 })}
      </p>
    </li>
  );
}

/** On request only: the portal asks the consumer's endpoint for both return addresses and shows each answer. */
export function RedirectLiveCheck(props: { orgNumber: string; redirectUrl: string; web: boolean; canCheck: boolean }) {
  const t = useTranslations("redirectKit.live");
  const check = useAsyncAction(() => postCheck(props.orgNumber, props.redirectUrl));
  return (
    <section aria-labelledby="redirect-live-heading" className="space-y-2">
      <h3 id="redirect-live-heading" className="font-semibold">
        {t("title")}
      </h3>
      {!props.web ? (
        <p className="text-sm text-slate-700">{t("onlyWeb")}</p>
      ) : !props.canCheck ? (
        <p className="text-sm text-slate-700">{t("editorsOnly")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("intro")}</p>
          <Button onClick={() => check.mutate()} pending={check.isPending} pendingLabel={t("pending")}>
            {t("button")}
          </Button>
          <div aria-live="polite">
            {check.isError ? (
              <p role="alert" className="text-red-700">
                {t("failed", { reason: check.error?.message ?? "" })}
              </p>
            ) : check.data ? (
              <ul className="space-y-3" data-testid="redirect-live-results">
                {check.data.map((result) => (
                  <ProbeResult key={result.outcome} result={result} />
                ))}
              </ul>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
