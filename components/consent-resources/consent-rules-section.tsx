"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Suspense, useMemo } from "react";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import { DEFAULT_APPROVER_ROLES } from "@/lib/consent-resources/definition-values";
import type { TConsentRules } from "@/lib/consent-rules/schemas";
import { ConsentRulesApprovers } from "./consent-rules-approvers";
import type { TConnectedLists } from "./consent-rules-policy";
import type { TDefinitionForm } from "./definition-form-types";

// The policy's builder and "Try it" (with Altinn's access packages) load when used (issue 17, Deliver 4): the policy
// when shown, "Try it" with a saved resource's editor (a new resource has nothing to try yet).
const consentRulesPolicy = loadOnDemand(() => import("./consent-rules-policy").then((m) => m.ConsentRulesPolicy));
const consentRulesTry = loadOnDemand(() => import("./consent-rules-try").then((m) => m.ConsentRulesTry));

/**
 * The request and approve rules of a consent resource (issue 15): who may request (every organisation, or the
 * members of the access lists connected per environment, connected on the access-list pages), who may approve (roles
 * and access packages), the policy they make, and "Try it" against the edited rules and Altinn's decision point.
 */
export function ConsentRulesSection(props: {
  orgNumber: string;
  orgCode: string | null;
  resourceId?: string;
  connectedLists: TConnectedLists;
  values: TDefinitionForm;
  /** A viewer's editor: its buttons are disabled, so the policy is shown from the start. */
  readOnly?: boolean;
}) {
  const t = useTranslations("consentRules");
  const { values, connectedLists } = props;
  const rules: TConsentRules = useMemo(
    () => ({
      accessListMode: values.accessListMode ?? "Disabled",
      approverRoles: values.approverRoles ?? [...DEFAULT_APPROVER_ROLES],
      approverAccessPackages: values.approverAccessPackages ?? [],
    }),
    [values.accessListMode, values.approverRoles, values.approverAccessPackages],
  );
  return (
    <section aria-labelledby="consent-rules-title" className="space-y-4" data-testid="consent-rules">
      <h2 id="consent-rules-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="space-y-1 text-sm" data-testid="consent-rules-requesters">
        <p className="font-semibold">{t("requesters.legend")}</p>
        <p>{rules.accessListMode === "Enabled" ? t("requesters.lists") : t("requesters.all")}</p>
        {(["test", "prod"] as const).map((environment) => {
          const lists = connectedLists[environment];
          const name = t(`environments.${environment}`);
          return (
            <p key={environment} data-testid={`connected-lists-${environment}`}>
              {lists.length
                ? t("requesters.connected", { environment: name, lists: lists.join(", ") })
                : t("requesters.noneConnected", { environment: name })}
            </p>
          );
        })}
        <Link href={`/orgs/${props.orgNumber}/access-lists`} className="text-brand-700 underline">
          {t("requesters.manage")}
        </Link>
      </div>
      <ConsentRulesApprovers />
      {props.orgCode && (
        <OpenOnDemand
          label={t("policy.open")}
          loadingLabel={t("policy.opening")}
          preload={consentRulesPolicy.preload}
          initiallyOpen={props.readOnly}
          size="sm"
        >
          <consentRulesPolicy.Component values={values} orgCode={props.orgCode} connectedLists={connectedLists} />
        </OpenOnDemand>
      )}
      {props.resourceId && (
        <Suspense fallback={null}>
          <consentRulesTry.Component orgNumber={props.orgNumber} resourceId={props.resourceId} rules={rules} />
        </Suspense>
      )}
    </section>
  );
}
