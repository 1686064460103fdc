import "server-only";
import { defineUpstreamJob } from "@/lib/platform/jobs/define-upstream-job";
import { alreadyGoneIsDone } from "@/lib/platform/jobs/upstream-job-kit";
import {
  createResource,
  deleteResource,
  ResourceExistsError,
  updateResource,
} from "@/lib/platform/upstream/resource-registry-client";
import { policyFor, listsNow, sendConnectionsAndPolicy } from "./send-connections-and-policy";
import { ZDeletePayload, ZPublishPayload } from "./publication-payload";
import { toServiceResource } from "./to-service-resource";

// A consent resource in the Resource Registry: published, withdrawn, or deleted (test only). The payload carries
// the version as it was published, so a retry sends the same thing even if the draft changed meanwhile.

/**
 * Publishes a version: creates the resource, or replaces it when it exists (a create whose answer was lost meets
 * 409 on retry and becomes a PUT), connects its access lists and replaces its policy. Every step is idempotent.
 * Also queued when a list is linked to or unlinked from a published resource (queue-policy-update.ts).
 */
export const resourcePublishJob = defineUpstreamJob({
  kind: "registry.resource.publish",
  payload: ZPublishPayload,
  handler: async ({ payload, change, acting }) => {
    const { owner, version, definition } = payload;
    // Before anything is sent: a resource restricted to lists with none connected is refused whole
    // (AccessListRequiredError), not left half-published with its old policy.
    policyFor(payload, await listsNow(change, payload));
    const resource = toServiceResource(definition, owner, { version });
    try {
      await createResource(acting, resource);
    } catch (error) {
      if (!(error instanceof ResourceExistsError)) throw error;
      await updateResource(acting, resource);
    }
    await sendConnectionsAndPolicy({ payload, change, acting });
  },
});

/** Withdrawing keeps the resource but marks it Withdrawn; one that is already gone is withdrawn enough. */
export const resourceWithdrawJob = defineUpstreamJob({
  kind: "registry.resource.withdraw",
  payload: ZPublishPayload,
  handler: ({ payload: { owner, version, definition }, acting }) =>
    alreadyGoneIsDone(updateResource(acting, toServiceResource(definition, owner, { version, status: "Withdrawn" }))),
});

/** Deleting a resource that is not there (404) is done. */
export const resourceDeleteJob = defineUpstreamJob({
  kind: "registry.resource.delete",
  payload: ZDeletePayload,
  handler: ({ payload, acting }) => alreadyGoneIsDone(deleteResource(acting, payload.identifier)),
});

export const resourceJobs = [resourcePublishJob, resourceWithdrawJob, resourceDeleteJob] as const;
