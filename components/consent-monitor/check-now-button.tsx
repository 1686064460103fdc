"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { checkConsentFeedAction } from "@/lib/consent-monitor/consent-monitor-actions";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** "Check now": the worker reads the consumer's feed in this environment within seconds. */
export function CheckNowButton(props: { orgNumber: string; environment: TUpstreamEnvironment; label: string }) {
  const t = useTranslations("consentMonitor.feed");
  const { submit, pending, error, success } = useActionSubmit();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        pending={pending}
        pendingLabel={t("checking")}
        onClick={() =>
          void submit(checkConsentFeedAction, { orgNumber: props.orgNumber, environment: props.environment }, () =>
            t("queued"),
          )
        }
      >
        {props.label}
      </Button>
      <FormStatus compact error={error} success={success} />
    </div>
  );
}
