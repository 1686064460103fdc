"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { conflict, validationError } from "@/lib/platform/errors/app-error";
import { senderBoss } from "@/lib/platform/jobs/sender-boss";
import { sendWebhookDeliveryJob } from "./consent-queues";
import { ZSaveWebhook, ZWebhookRef } from "./schemas";
import { createWebhookDelivery } from "./webhook-deliveries";
import { newWebhookSecret } from "./webhook-signature";
import { allowPrivateWebhookTargets, checkWebhookTarget } from "./webhook-target";

// The organisation's one consent webhook: administrators set it (a new secret each time, handed back once and never
// shown again) or remove it; editors send a test event. The secret never enters the audit log.

const audited = auditedAs("consent-webhook");
const revalidate = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/consents`];

export const saveWebhookAction = orgAction({
  name: "consent-webhook.save",
  schema: ZSaveWebhook,
  minimumRole: "ADMIN",
  revalidate,
  run: async ({ input, tx, organisation }) => {
    const target = await checkWebhookTarget(input.url, { allowPrivate: allowPrivateWebhookTargets() });
    if (!target.ok) throw validationError({ url: [target.problem] });
    const secret = newWebhookSecret();
    const url = target.url.toString();
    await tx.consentWebhook.upsert({
      where: { organisationId: organisation.id },
      create: { organisationId: organisation.id, url, secret },
      update: { url, secret },
    });
    return audited({ secret }, organisation.id, `Set the consent webhook to ${url} with a new secret`);
  },
});

export const removeWebhookAction = orgAction({
  name: "consent-webhook.remove",
  schema: ZWebhookRef,
  minimumRole: "ADMIN",
  revalidate,
  run: async ({ tx, organisation }) => {
    await tx.consentWebhook.deleteMany({ where: { organisationId: organisation.id } });
    return audited({ removed: true }, organisation.id, "Removed the consent webhook");
  },
});

export const sendTestWebhookAction = orgAction({
  name: "consent-webhook.test",
  schema: ZWebhookRef,
  minimumRole: "EDITOR",
  revalidate,
  run: async ({ tx, organisation }) => {
    const boss = await senderBoss();
    const deliveryId = await createWebhookDelivery({
      tx,
      organisationId: organisation.id,
      eventId: null,
      enqueue: (inner, id) => sendWebhookDeliveryJob(boss, inner, id),
      payload: {
        type: "consent.test",
        organisation: organisation.orgNumber,
        environment: "test",
        consentRequestId: null,
        eventType: null,
        changedDate: null,
        resource: null,
        validTo: null,
      },
    });
    if (!deliveryId) throw conflict("webhookMissing");
    return audited({ deliveryId }, deliveryId, "Sent a test event to the consent webhook");
  },
});
