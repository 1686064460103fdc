"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { checkDriftAction } from "@/lib/drift/drift-actions";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** "Check now": the worker compares this environment within seconds; the page polls until it has finished. */
export function CheckDriftButton(props: { orgNumber: string; environment: TUpstreamEnvironment; checking: boolean }) {
  const t = useTranslations("drift.check");
  const { submit, pending, error } = useActionSubmit();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="primary"
        pending={pending || props.checking}
        pendingLabel={t("checking")}
        onClick={() =>
          void submit(checkDriftAction, { orgNumber: props.orgNumber, environment: props.environment }, () => "")
        }
      >
        {t("now")}
      </Button>
      <FormStatus compact error={error} />
    </div>
  );
}
