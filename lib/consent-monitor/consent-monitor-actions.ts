"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import { senderBoss } from "@/lib/platform/jobs/sender-boss";
import { sendFeedPollJob } from "./consent-queues";
import { registerConsent } from "./register-consent";
import { ZCheckConsentFeed, ZRegisterConsent } from "./schemas";

// The consent monitor's list actions: register a request by id, and "Check now" (one read of the feed, by the worker).

const audited = auditedAs("tracked-consent");
const revalidate = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/consents`];

export const registerConsentAction = orgAction({
  name: "tracked-consent.register",
  schema: ZRegisterConsent,
  minimumRole: "EDITOR",
  revalidate,
  run: async ({ input, tx, organisation }) => {
    const { consentId } = await registerConsent({
      tx,
      organisation,
      requestId: input.requestId,
      environment: input.environment,
    });
    return audited({ consentId }, consentId, `Tracks consent request ${input.requestId} in ${input.environment}`);
  },
});

export const checkConsentFeedAction = orgAction({
  name: "consent-feed.check",
  schema: ZCheckConsentFeed,
  minimumRole: "VIEWER",
  revalidate,
  run: async ({ input, organisation }) => {
    const environment = fromUpstreamEnv(input.environment);
    await sendFeedPollJob(await senderBoss(), { organisationId: organisation.id, environment });
    return audited({ queued: true }, null, `Asked to read the consent events feed in ${input.environment} now`);
  },
});
