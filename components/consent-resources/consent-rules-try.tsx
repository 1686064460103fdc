"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { InputField } from "@/components/forms/input-field";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { ACCESS_PACKAGES } from "@/lib/consent-rules/access-packages";
import { APPROVER_ROLE_OPTIONS } from "@/lib/consent-rules/approver-roles";
import { tryConsentRulesAction } from "@/lib/consent-rules/consent-rules-actions";
import type { TConsentRules, TTrySubject } from "@/lib/consent-rules/schemas";
import type { TTryResult } from "@/lib/consent-rules/try-consent-rules";
import { EnvironmentSelect, type TRulesEnvironment } from "./consent-rules-environment";

type TOutcome = { result?: TTryResult; error?: string };

/** "Would 313876144 be allowed to request?": the edited rules and the published policy, side by side. */
export function ConsentRulesTry(props: { orgNumber: string; resourceId: string; rules: TConsentRules }) {
  const t = useTranslations("consentRules.try");
  const tEnvironment = useTranslations("consentRules.environments");
  const [environment, setEnvironment] = useState<TRulesEnvironment>("test");
  const [requester, setRequester] = useState("");
  const [approver, setApprover] = useState({ role: "", accessPackage: "" });
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<TOutcome | null>(null);

  const ask = async (subject: TTrySubject) => {
    setPending(true);
    const { orgNumber, resourceId, rules } = props;
    const answer = await tryConsentRulesAction({ orgNumber, resourceId, environment, rules, subject });
    setPending(false);
    setOutcome(answer.ok ? { result: answer.data } : { error: answer.error.message });
  };
  // One select per kind of approver: a role code, or an access package.
  const approverChoices = [
    { key: "role", codes: APPROVER_ROLE_OPTIONS.map((r) => r.code) },
    { key: "accessPackage", codes: ACCESS_PACKAGES.map((p) => p.code) },
  ] as const;
  const result = outcome?.result;
  return (
    <div className="space-y-3 rounded border border-slate-200 p-3" data-testid="consent-rules-try">
      <h3 className="font-semibold">{t("title")}</h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <EnvironmentSelect id="try-environment" label={t("environment")} value={environment} onChange={setEnvironment} />
      <div className="flex flex-wrap items-end gap-2">
        <InputField
          id="try-org-number"
          label={t("orgNumber")}
          inputMode="numeric"
          value={requester}
          onChange={(event) => setRequester(event.target.value)}
        />
        <Button
          pending={pending}
          pendingLabel={t("trying")}
          onClick={() => ask({ kind: "requester", orgNumber: requester })}
        >
          {t("tryRequest")}
        </Button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        {approverChoices.map((choice) => (
          <SelectField
            key={choice.key}
            id={`try-${choice.key}`}
            // Package codes are long: on a phone the select takes the width there is, not its longest option's.
            className="w-full sm:w-auto"
            selectClassName="w-full"
            label={t(choice.key === "role" ? "role" : "package")}
            value={approver[choice.key]}
            onChange={(event) => setApprover({ ...approver, [choice.key]: event.target.value })}
            options={[
              { value: "", label: t("noChoice") },
              ...choice.codes.map((code) => ({ value: code, label: code })),
            ]}
          />
        ))}
        <Button
          pending={pending}
          pendingLabel={t("trying")}
          onClick={() =>
            ask({
              kind: "approver",
              role: approver.role || undefined,
              accessPackage: approver.accessPackage || undefined,
            })
          }
        >
          {t("tryApprove")}
        </Button>
      </div>
      <div aria-live="polite" data-testid="try-result" className="space-y-1 text-sm">
        {outcome?.error && <p className="text-red-700">{t("failed", { message: outcome.error })}</p>}
        {result && (
          <>
            <p data-testid="try-edited" className="font-semibold">
              {t("edited", { decision: result.edited })}
            </p>
            {result.memberOf.length > 0 && <p>{t("memberOf", { lists: result.memberOf.join(", ") })}</p>}
            <p data-testid="try-published">
              {t("published", { environment: tEnvironment(environment), decision: result.published.decision })}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
