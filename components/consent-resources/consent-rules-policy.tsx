"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  AccessListRequiredError,
  ApproversRequiredError,
  approversOf,
  buildConsentPolicy,
} from "@/lib/publishing/build-consent-policy";
import { EnvironmentSelect, type TRulesEnvironment } from "./consent-rules-environment";
import type { TDefinitionForm } from "./definition-form-types";

export type TConnectedLists = { test: string[]; prod: string[] };

/**
 * The policy the publish job would send for the rules as edited, read-only and copyable: the same builder
 * (lib/publishing/build-consent-policy.ts), with the access lists connected in the chosen environment.
 */
export function ConsentRulesPolicy(props: {
  values: TDefinitionForm;
  orgCode: string;
  connectedLists: TConnectedLists;
}) {
  const t = useTranslations("consentRules.policy");
  const [environment, setEnvironment] = useState<TRulesEnvironment>("test");
  const [copied, setCopied] = useState(false);
  const { values, orgCode, connectedLists } = props;
  const result = useMemo(() => {
    try {
      const xml = buildConsentPolicy({
        identifier: values.identifier || "…",
        orgCode,
        accessListMode: values.accessListMode ?? "Disabled",
        accessListIdentifiers: connectedLists[environment],
        approvers: approversOf(values),
      });
      return { xml };
    } catch (error) {
      if (error instanceof AccessListRequiredError) return { problem: t("noList") };
      if (error instanceof ApproversRequiredError) return { problem: t("noApprovers") };
      throw error;
    }
  }, [values, orgCode, connectedLists, environment, t]);
  const copy = async () => {
    if (!result.xml) return;
    await navigator.clipboard.writeText(result.xml).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <h3 className="font-semibold">{t("title")}</h3>
        <EnvironmentSelect id="policy-env" label={t("environment")} value={environment} onChange={setEnvironment} />
        {result.xml && (
          <span className="inline-flex items-center gap-2">
            <Button size="xs" onClick={copy}>
              {t("copy")}
            </Button>
            <span aria-live="polite" className="text-sm text-slate-600">
              {copied ? t("copied") : ""}
            </span>
          </span>
        )}
      </div>
      {result.xml ? (
        <pre
          data-testid="consent-policy-xml"
          tabIndex={0}
          className="max-h-80 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
        >
          {result.xml}
        </pre>
      ) : (
        <p data-testid="consent-policy-problem" className="text-sm text-amber-900">
          {result.problem}
        </p>
      )}
    </div>
  );
}
