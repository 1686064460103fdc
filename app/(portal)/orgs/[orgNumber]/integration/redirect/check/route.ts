import { z } from "zod";
import { allowPrivateWebhookTargets } from "@/lib/consent-monitor/webhook-target";
import { probeRedirectReturns } from "@/lib/integration-kit/redirect-probe";
import { orgRoute } from "@/lib/platform/http/safe-route";

const ZRedirectCheck = z.object({ url: z.string().trim().min(1).max(2000) });

/**
 * POST {url}: what the consumer's endpoint answers to the two addresses Altinn would send a person back to. A route
 * handler rather than an `orgAction`: it waits on outbound requests, which must not hold a database transaction open,
 * and changes nothing. Editors and up (the portal makes requests on their behalf), counted as a live check.
 */
export const POST = orgRoute({ minimumRole: "EDITOR", body: ZRedirectCheck, rateLimit: "liveChecks" }, ({ body }) =>
  probeRedirectReturns({ redirectUrl: body.url, allowPrivate: allowPrivateWebhookTargets() }),
);
