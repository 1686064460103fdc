"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { resolveDriftAction } from "@/lib/drift/drift-actions";

/** "Take upstream's version" and "Push the portal's version" for one finding (administrators). */
export function ResolveDriftButtons(props: {
  orgNumber: string;
  findingId: string;
  label: string;
  canTakeUpstream: boolean;
}) {
  const t = useTranslations("drift.resolve");
  const { submit, pending, error, success } = useActionSubmit();
  const resolve = (resolution: "take-upstream" | "push-portal") =>
    void submit(resolveDriftAction, { orgNumber: props.orgNumber, findingId: props.findingId, resolution }, () =>
      t(resolution === "push-portal" ? "pushed" : "taken"),
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      {props.canTakeUpstream && (
        <Button
          size="xs"
          pending={pending}
          aria-label={t("takeUpstreamFor", { label: props.label })}
          onClick={() => resolve("take-upstream")}
        >
          {t("takeUpstream")}
        </Button>
      )}
      <Button
        size="xs"
        variant="primary"
        pending={pending}
        aria-label={t("pushPortalFor", { label: props.label })}
        onClick={() => resolve("push-portal")}
      >
        {t("pushPortal")}
      </Button>
      <FormStatus compact error={error} success={success} />
    </div>
  );
}
