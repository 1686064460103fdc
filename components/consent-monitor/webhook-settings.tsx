"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import { removeWebhookAction, sendTestWebhookAction } from "@/lib/consent-monitor/webhook-actions";

// The address form (react-hook-form, and zod at its first check) loads when an administrator opens it: the page is
// first the list of consents (issue 17: first-visit JavaScript within 130 kB).
const webhookAddressForm = loadOnDemand(() => import("./webhook-address-form").then((m) => m.WebhookAddressForm));

/**
 * The webhook's address (administrators set it in a form opened on demand; each save makes a new secret, shown once),
 * its removal, and "Send test event" (editors).
 */
export function WebhookSettings(props: { orgNumber: string; url: string | null; isAdmin: boolean; isEditor: boolean }) {
  const { orgNumber } = props;
  const t = useTranslations("consentMonitor.webhook");
  const [secret, setSecret] = useState<string | null>(null);
  const remove = useActionSubmit();
  const test = useActionSubmit();
  return (
    <div className="space-y-4">
      <p data-testid="webhook-url">{props.url ? t("current", { url: props.url }) : t("none")}</p>
      {props.isAdmin ? (
        <OpenOnDemand
          label={props.url ? t("change") : t("set")}
          loadingLabel={t("loading")}
          preload={webhookAddressForm.preload}
        >
          <webhookAddressForm.Component orgNumber={orgNumber} url={props.url} secret={secret} onSaved={setSecret} />
        </OpenOnDemand>
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
