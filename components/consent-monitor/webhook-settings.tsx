"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { lengthNoteProps } from "@/components/forms/length-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { WEBHOOK_URL_MAX_LENGTH } from "@/lib/consent-monitor/webhook-limits";
import { removeWebhookAction, saveWebhookAction, sendTestWebhookAction } from "@/lib/consent-monitor/webhook-actions";

/**
 * The webhook's address (administrators set it; each save makes a new secret, shown here once and never again),
 * its removal, and "Send test event" (editors).
 */
export function WebhookSettings(props: { orgNumber: string; url: string | null; isAdmin: boolean; isEditor: boolean }) {
  const { orgNumber } = props;
  const t = useTranslations("consentMonitor.webhook");
  const [secret, setSecret] = useState<string | null>(null);
  const { form, isSubmitting, error, success, submit } = useActionForm(
    () => import("@/lib/consent-monitor/schemas").then((m) => m.ZSaveWebhook),
    {
      orgNumber,
      url: props.url ?? "",
    },
  );
  const remove = useActionSubmit();
  const test = useActionSubmit();
  const onSave = form.handleSubmit((values) =>
    submit(saveWebhookAction, values, (data) => {
      setSecret(data.secret);
      return t("saved");
    }),
  );
  return (
    <div className="space-y-4">
      <p data-testid="webhook-url">{props.url ? t("current", { url: props.url }) : t("none")}</p>
      {props.isAdmin ? (
        <FormCard onSubmit={onSave} className="max-w-xl space-y-4">
          <TextField
            id="webhook-url-input"
            label={t("url")}
            {...bindField(form, "url")}
            {...lengthNoteProps("webhook-url-input", form.control, "url", WEBHOOK_URL_MAX_LENGTH)}
            inputProps={{ type: "url", autoComplete: "off" }}
          />
          <FormStatus error={error} success={success} />
          {secret && (
            <div className="space-y-1" data-testid="webhook-secret">
              <p className="text-sm font-medium">{t("secretTitle")}</p>
              <code className="block rounded bg-slate-100 p-2 font-mono text-sm break-all">{secret}</code>
            </div>
          )}
          <SubmitButton pending={isSubmitting} label={t("save")} pendingLabel={t("saving")} />
        </FormCard>
      ) : (
        <p className="text-sm text-slate-700">{t("adminOnly")}</p>
      )}
      {props.url && (
        <div className="flex flex-wrap items-center gap-2">
          {props.isEditor && (
            <Button
              pending={test.pending}
              pendingLabel={t("testing")}
              onClick={() => void test.submit(sendTestWebhookAction, { orgNumber }, () => t("testQueued"))}
            >
              {t("test")}
            </Button>
          )}
          {props.isAdmin && (
            <Button
              variant="danger"
              pending={remove.pending}
              pendingLabel={t("removing")}
              onClick={() =>
                void remove.submit(removeWebhookAction, { orgNumber }, () => {
                  setSecret(null);
                  return t("removed");
                })
              }
            >
              {t("remove")}
            </Button>
          )}
          <FormStatus compact error={test.error ?? remove.error} success={test.success ?? remove.success} />
        </div>
      )}
    </div>
  );
}
