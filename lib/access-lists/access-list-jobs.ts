import "server-only";
import { z } from "zod";
import { defineUpstreamJob, type TUpstreamJobContext } from "@/lib/platform/jobs/define-upstream-job";
import { alreadyGoneIsDone, FinalFailureError, retryWhileMissing } from "@/lib/platform/jobs/upstream-job-kit";
import { MAX_MEMBERS_PER_CALL } from "@/lib/platform/upstream/access-list-members-client";
import {
  AccessListChangedError,
  addMembersInBatches,
  CONFLICT_RETRIES,
  removeMembersInBatches,
} from "@/lib/platform/upstream/access-list-members-in-batches";
import {
  type AccessListTarget,
  deleteAccessList,
  deleteResourceConnection,
  isResourceNotInRegistry,
  putResourceConnection,
  upsertAccessList,
} from "@/lib/platform/upstream/access-lists-client";

// Access lists in the Resource Registry. Every handler is idempotent: PUT list and PUT connection are
// replacements, member add/remove are set operations, and deleting what is gone is done (Altinn answers 204 for a
// list or connection that does not exist, AccessListsController.cs; a 404 is taken the same way).

const ZListRef = z.object({ actingFor: z.string(), owner: z.string(), listIdentifier: z.string() });
const ZMembers = ZListRef.extend({ orgNumbers: z.array(z.string()).max(MAX_MEMBERS_PER_CALL) });
const ZConnection = ZListRef.extend({ resourceIdentifier: z.string() });

const NOT_IN_REGISTRY_YET = "The access list is not in the registry yet";

const listTarget = ({ payload, acting }: TUpstreamJobContext<z.infer<typeof ZListRef>>): AccessListTarget => ({
  ...acting,
  owner: payload.owner,
});

/** Not retried by the queue: the user decides (Retry) once the other editor is done. */
export class ListKeepsChangingError extends FinalFailureError {
  constructor() {
    super(
      `Someone else keeps changing this access list in the registry (412 Precondition Failed ${CONFLICT_RETRIES + 1} times); ` +
        "the change was not applied. Retry when the other change is done.",
    );
    this.name = "ListKeepsChangingError";
  }
}

/** The 412 re-read and re-send is the batch sender's (lib/platform/upstream); here its giving up becomes the change's reason. */
async function sendMembers(
  send: typeof addMembersInBatches | typeof removeMembersInBatches,
  context: TUpstreamJobContext<z.infer<typeof ZMembers>>,
): Promise<void> {
  try {
    await send({
      ...listTarget(context),
      listId: context.payload.listIdentifier,
      orgNumbers: context.payload.orgNumbers,
    });
  } catch (error) {
    throw error instanceof AccessListChangedError ? new ListKeepsChangingError() : error;
  }
}

export const accessListUpsertJob = defineUpstreamJob({
  kind: "registry.access-list.upsert",
  payload: ZListRef.extend({ name: z.string(), description: z.string() }),
  handler: async (context) => {
    await upsertAccessList(listTarget(context), context.payload.listIdentifier, context.payload);
  },
});

export const accessListDeleteJob = defineUpstreamJob({
  kind: "registry.access-list.delete",
  payload: ZListRef,
  handler: (context) => alreadyGoneIsDone(deleteAccessList(listTarget(context), context.payload.listIdentifier)),
});

export const accessListMembersAddJob = defineUpstreamJob({
  kind: "registry.access-list.members.add",
  payload: ZMembers,
  handler: (context) => retryWhileMissing(sendMembers(addMembersInBatches, context), NOT_IN_REGISTRY_YET),
});

/** A list that is gone has no members: removing from it is done. */
export const accessListMembersRemoveJob = defineUpstreamJob({
  kind: "registry.access-list.members.remove",
  payload: ZMembers,
  handler: (context) => alreadyGoneIsDone(sendMembers(removeMembersInBatches, context)),
});

/**
 * A list may be linked before its resource is published. The registry then answers 400 RR-00002 (no such resource):
 * nothing to connect yet, and publishing connects every linked list (lib/publishing/send-connections-and-policy.ts),
 * so this is done. A list not in the registry yet (404; its upsert may still be queued) is left to the queue's retry.
 */
export const resourceConnectionPutJob = defineUpstreamJob({
  kind: "registry.access-list.resource-connection.put",
  payload: ZConnection,
  handler: async (context) => {
    const { listIdentifier, resourceIdentifier } = context.payload;
    const connecting = putResourceConnection(listTarget(context), listIdentifier, resourceIdentifier, [
      "requestconsent",
    ]);
    await retryWhileMissing(
      connecting.catch((error: unknown) => {
        if (!isResourceNotInRegistry(error)) throw error;
      }),
      NOT_IN_REGISTRY_YET,
    );
  },
});

export const resourceConnectionDeleteJob = defineUpstreamJob({
  kind: "registry.access-list.resource-connection.delete",
  payload: ZConnection,
  handler: (context) =>
    alreadyGoneIsDone(
      deleteResourceConnection(listTarget(context), context.payload.listIdentifier, context.payload.resourceIdentifier),
    ),
});

export const accessListJobs = [
  accessListUpsertJob,
  accessListDeleteJob,
  accessListMembersAddJob,
  accessListMembersRemoveJob,
  resourceConnectionPutJob,
  resourceConnectionDeleteJob,
] as const;
