"use client";

import { useTranslations } from "next-intl";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { Section } from "@/components/ui/section";

/** The validator's checks as TypeScript for the owner's API, filled in for the chosen environment and resource. */
export function ConsentTokenExampleCode(props: { environment: TUpstreamEnvironment; resource: string; code: string }) {
  const t = useTranslations("validator");
  return (
    <Section headingId="validator-example-title" title={t("example.title")} card className="space-y-2">
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
    </Section>
  );
}
