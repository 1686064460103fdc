"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { requestConsentScopesAction } from "@/lib/consent-scopes/consent-scope-actions";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** The panel's one button: ask Digdir for the consent API scopes (again, after a refusal); a refusal shows below. */
export function RequestConsentScopes(props: { orgNumber: string; environment: TUpstreamEnvironment; again: boolean }) {
  const t = useTranslations("clients.consentScopes");
  const { error, pending, submit } = useActionSubmit();
  const ask = () =>
    void submit(requestConsentScopesAction, { orgNumber: props.orgNumber, environment: props.environment });
  return (
    <>
      <Button variant="primary" size="sm" pending={pending} onClick={ask}>
        {props.again ? t("requestAgain") : t("request")}
      </Button>
      <FormStatus error={error} compact />
    </>
  );
}
