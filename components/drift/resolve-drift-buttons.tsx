"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { resolveDriftAction } from "@/lib/drift/drift-actions";

/**
 * "Take upstream's version" and "Push the portal's version" for one finding (administrators). Pushing to production
 * changes what production's Maskinporten or Altinn has, so there it says what (`pushSummary`) and asks first.
 */
export function ResolveDriftButtons(props: {
  orgNumber: string;
  findingId: string;
  label: string;
  canTakeUpstream: boolean;
  production: boolean;
  pushSummary: string;
}) {
  const t = useTranslations("drift.resolve");
  const { submit, pending, error, success } = useActionSubmit();
  const resolve = (resolution: "take-upstream" | "push-portal") =>
    void submit(resolveDriftAction, { orgNumber: props.orgNumber, findingId: props.findingId, resolution }, () =>
      t(resolution === "push-portal" ? "pushed" : "taken"),
    );
  const pushLabel = t("pushPortalFor", { label: props.label });
  const push = () => resolve("push-portal");
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
      {props.production ? (
        <ConfirmDialog
          tone="primary"
          triggerSize="xs"
          trigger={t("pushPortal")}
          triggerAriaLabel={pushLabel}
          keepTriggerEnabled
          pending={pending}
          title={t("prodTitle", { label: props.label })}
          description={<p data-testid="production-summary">{props.pushSummary}</p>}
          cancelLabel={t("cancel")}
          confirmLabel={t("confirm")}
          onConfirm={push}
        />
      ) : (
        <Button size="xs" variant="primary" pending={pending} aria-label={pushLabel} onClick={push}>
          {t("pushPortal")}
        </Button>
      )}
      <FormStatus compact error={error} success={success} />
    </div>
  );
}
