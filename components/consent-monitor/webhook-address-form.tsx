"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { lengthNoteProps } from "@/components/forms/length-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { WEBHOOK_URL_MAX_LENGTH } from "@/lib/consent-monitor/webhook-limits";
import { saveWebhookAction } from "@/lib/consent-monitor/webhook-actions";

/**
 * An administrator sets the webhook's address; each save makes a new secret, shown here once and never again (the
 * secret is kept by WebhookSettings, which forgets it when the webhook is removed). Loaded when opened.
 */
export function WebhookAddressForm(props: {
  orgNumber: string;
  url: string | null;
  secret: string | null;
  onSaved: (secret: string) => void;
}) {
  const t = useTranslations("consentMonitor.webhook");
  const { form, isSubmitting, error, success, submit } = useActionForm(
    () => import("@/lib/consent-monitor/schemas").then((m) => m.ZSaveWebhook),
    { orgNumber: props.orgNumber, url: props.url ?? "" },
  );
  const onSave = form.handleSubmit((values) =>
    submit(saveWebhookAction, values, (data) => {
      props.onSaved(data.secret);
      return t("saved");
    }),
  );
  return (
    <FormCard onSubmit={onSave} className="max-w-xl space-y-4">
      <TextField
        id="webhook-url-input"
        label={t("url")}
        {...bindField(form, "url")}
        {...lengthNoteProps("webhook-url-input", form.control, "url", WEBHOOK_URL_MAX_LENGTH)}
        inputProps={{ type: "url", autoComplete: "off" }}
      />
      <FormStatus error={error} success={success} />
      {props.secret && (
        <div className="space-y-1" data-testid="webhook-secret">
          <p className="text-sm font-medium">{t("secretTitle")}</p>
          <code className="block rounded bg-slate-100 p-2 font-mono text-sm break-all">{props.secret}</code>
        </div>
      )}
      <SubmitButton pending={isSubmitting} label={t("save")} pendingLabel={t("saving")} />
    </FormCard>
  );
}
