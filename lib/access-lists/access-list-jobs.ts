import "server-only";
import { z } from "zod";
import { defineUpstreamJob, type TUpstreamJobContext } from "@/lib/platform/jobs/define-upstream-job";
import {
  alreadyGoneIsDone,
  FinalFailureError,
  RetryLaterError,
  retryWhileMissing,
} from "@/lib/platform/jobs/upstream-job-kit";
import {
  listAccessListMembers,
  MAX_MEMBERS_PER_CALL,
  memberOrgNumber,
} from "@/lib/platform/upstream/access-list-members-client";
import { isUpstreamNotFound } from "@/lib/platform/upstream/upstream-error";
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

// One list's changes are sent one at a time (the job runtime runs the changes to one target under one lock): the
// registry writes a list in a RepeatableRead transaction and then moves the list's version on only if no one else did
// (Altinn/altinn-resource-registry src/Altinn.ResourceRegistry.Persistence/AccessListsRepository.ScopedRepository.cs:
// RunInTransaction, UpdateModifiedAtAndVersionChecked throwing OptimisticConcurrencyException), so two batches sent
// to one list at once can fail. Batches to different lists run side by side.
// The objects each change sets within its list (the job runtime applies changes to one object in order and never
// sends one a newer change made moot): the list itself, each member, each resource connection. A batch of members is
// one change per list, but an add and a remove race per member, so a batch is checked member by member and sends
// only the members whose latest change it is (a re-add after a remove is not dropped by the remove, nor the reverse).
const LIST = { keys: () => ["list"] };
const memberKey = (orgNumber: string) => `member ${orgNumber}`;
const MEMBERS = {
  keys: (payload: z.infer<typeof ZMembers>) => payload.orgNumbers.map(memberKey),
  only: (payload: z.infer<typeof ZMembers>, keys: ReadonlySet<string>) => ({
    ...payload,
    orgNumbers: payload.orgNumbers.filter((orgNumber) => keys.has(memberKey(orgNumber))),
  }),
};
const CONNECTION = { keys: (payload: z.infer<typeof ZConnection>) => [`connection ${payload.resourceIdentifier}`] };

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
  objects: LIST,
  handler: async (context) => {
    await upsertAccessList(listTarget(context), context.payload.listIdentifier, context.payload);
  },
});

export const accessListDeleteJob = defineUpstreamJob({
  kind: "registry.access-list.delete",
  payload: ZListRef,
  objects: LIST,
  handler: (context) => alreadyGoneIsDone(deleteAccessList(listTarget(context), context.payload.listIdentifier)),
});

export const accessListMembersAddJob = defineUpstreamJob({
  kind: "registry.access-list.members.add",
  payload: ZMembers,
  objects: MEMBERS,
  handler: (context) => retryWhileMissing(sendMembers(addMembersInBatches, context), NOT_IN_REGISTRY_YET),
});

/**
 * A list that is gone has no members: removing from it is done. The removal is done only once the registry no longer
 * lists the members (read back): a membership that landed after all (an answer lost on its way) is removed again by
 * the queue's retry, with this as the reason.
 */
export const accessListMembersRemoveJob = defineUpstreamJob({
  kind: "registry.access-list.members.remove",
  payload: ZMembers,
  objects: MEMBERS,
  handler: async (context) => {
    await alreadyGoneIsDone(sendMembers(removeMembersInBatches, context));
    const members = await listAccessListMembers(listTarget(context), context.payload.listIdentifier).catch(
      (error: unknown) => {
        if (isUpstreamNotFound(error)) return [];
        throw error;
      },
    );
    const removed = new Set(context.payload.orgNumbers);
    const remaining = members.map(memberOrgNumber).filter((orgNumber) => orgNumber && removed.has(orgNumber));
    if (remaining.length > 0) {
      throw new RetryLaterError(
        `The registry still lists ${remaining.join(", ")} on ${context.payload.listIdentifier} after the removal; removing again`,
      );
    }
  },
});

/**
 * A list may be linked before its resource is published. The registry then answers 400 RR-00002 (no such resource):
 * nothing to connect yet, and publishing connects every linked list (lib/publishing/send-connections-and-policy.ts),
 * so this is done. A list not in the registry yet (404; its upsert may still be queued) is left to the queue's retry.
 */
export const resourceConnectionPutJob = defineUpstreamJob({
  kind: "registry.access-list.resource-connection.put",
  payload: ZConnection,
  objects: CONNECTION,
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
  objects: CONNECTION,
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
