"use client";

import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** The validator's checks as TypeScript for the owner's API, filled in for the chosen environment and resource. */
export function ConsentTokenExampleCode(props: { environment: TUpstreamEnvironment; resource: string; code: string }) {
  const t = useTranslations("validator");
  return (
    <section aria-labelledby="validator-example-title" className={cardClass({ className: "space-y-2" })}>
      <h2 id="validator-example-title" className="text-lg font-semibold">
        {t("example.title")}
      </h2>
      <p className="text-sm text-slate-700">
        {t("example.intro", { environment: t(`form.environments.${props.environment}`), resource: props.resource })}
      </p>
      <pre
        aria-label={t("example.codeLabel")}
        tabIndex={0}
        data-testid="validator-example"
        className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100"
      >
        <code>{props.code}</code>
      </pre>
    </section>
  );
}
