"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { changeResourceStatusAction } from "@/lib/publishing/publishing-actions";
import type { TStatusChangeOptions } from "@/lib/lifecycle/status-change-options";
import type { TStatusChange } from "@/lib/lifecycle/status-transitions";

type TStatusActionsProps = {
  orgNumber: string;
  identifier: string;
  options: TStatusChangeOptions;
  /** The person may change production (administrators). */
  canChangeProd: boolean;
  /** The status label of the latest version. */
  statusLabel: string;
};

/**
 * "Mark completed", "Deprecate", "Withdraw": each asks first, saying what the status means for consumers, which
 * version it saves and where it is published again (production named on its own). Refused beside the buttons when an
 * environment publishes a different version, or production is published and the person may not change it.
 */
export function StatusActions({ options, ...props }: TStatusActionsProps) {
  const t = useTranslations("publishing");
  const { error, success, pending, submit } = useActionSubmit();
  const next = options.latestVersion + 1;
  const prodBlocked = options.live.includes("PROD") && !props.canChangeProd;
  const blocked = prodBlocked || options.differing.length > 0;
  const reasonId = "status-change-blocked";
  const where = options.live.map((environment) => t(`environments.${environment}`)).join(", ");

  const change = (status: TStatusChange) =>
    void submit(
      changeResourceStatusAction,
      { orgNumber: props.orgNumber, identifier: props.identifier, status, baseVersion: options.latestVersion },
      (data) => t("lifecycle.done", { version: data.version }),
    );

  return (
    <div className="space-y-3">
      <p data-testid="current-status">
        {t("lifecycle.current", { version: options.latestVersion })}{" "}
        <span className="font-medium">{props.statusLabel}</span>
      </p>
      {options.allowed.length === 0 ? (
        <p className="text-sm text-slate-700">{t("lifecycle.none")}</p>
      ) : (
        <div className="flex flex-wrap gap-3">
          {options.allowed.map((status) => (
            <ConfirmDialog
              key={status}
              tone={status === "Completed" ? "primary" : "danger"}
              trigger={t(`lifecycle.actions.${status}`)}
              pending={pending}
              triggerDisabled={blocked}
              triggerDescribedBy={blocked ? reasonId : undefined}
              title={t(`lifecycle.confirmTitle.${status}`, { identifier: props.identifier })}
              description={
                <ul className="list-disc space-y-1 pl-5" data-testid="status-summary">
                  <li>{t(`lifecycle.meaning.${status}`)}</li>
                  <li>{t("lifecycle.summaryVersion", { version: next })}</li>
                  <li>
                    {options.live.length > 0
                      ? t("lifecycle.summaryWhere", { environments: where })
                      : t("lifecycle.summaryNowhere")}
                  </li>
                  {options.live.includes("PROD") && <li>{t("lifecycle.summaryProd")}</li>}
                </ul>
              }
              cancelLabel={t("cancel")}
              confirmLabel={t("lifecycle.confirm")}
              onConfirm={() => change(status)}
            />
          ))}
        </div>
      )}
      {blocked && (
        <div id={reasonId} className="space-y-1 text-sm text-slate-700" data-testid="status-change-blocked">
          {prodBlocked && <p>{t("lifecycle.blockedProd")}</p>}
          {options.differing.map(({ environment, published }) => (
            <p key={environment}>
              {t("lifecycle.blockedDiffers", {
                environment: t(`environments.${environment}`),
                published,
                latest: options.latestVersion,
              })}
            </p>
          ))}
        </div>
      )}
      <FormStatus error={error} success={success} compact />
    </div>
  );
}
