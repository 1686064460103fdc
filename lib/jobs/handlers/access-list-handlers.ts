import "server-only";
import { z } from "zod";
import { removeAccessListMembers } from "@/lib/upstream/access-list-members-client";
import {
  type AccessListTarget,
  deleteAccessList,
  deleteResourceConnection,
  getAccessList,
  isResourceNotInRegistry,
  putResourceConnection,
  upsertAccessList,
} from "@/lib/upstream/access-lists-client";
import { AccessListChangedError, addMembersInBatches } from "@/lib/upstream/add-access-list-members-in-batches";
import { isUpstreamError } from "@/lib/upstream/upstream-error";
import type { TUpstreamChangeForHandler } from "../upstream-kinds";
import { toUpstreamEnvironment } from "./environment";

// Access lists in the Resource Registry. Every handler is idempotent: PUT list and PUT connection are
// replacements, member add/remove are set operations, and deleting what is gone is done (Altinn answers 204 for a
// list or connection that does not exist, AccessListsController.cs; a 404 is taken the same way).

const ZListRef = z.object({ actingFor: z.string(), owner: z.string(), listIdentifier: z.string() });
const ZUpsert = ZListRef.extend({ name: z.string(), description: z.string() });
const ZMembers = ZListRef.extend({ orgNumbers: z.array(z.string()).max(100) });
const ZConnection = ZListRef.extend({ resourceIdentifier: z.string() });

/** Tries per batch after a 412 before giving up. */
export const CONFLICT_RETRIES = 3;

const listTarget = (change: TUpstreamChangeForHandler, ref: z.infer<typeof ZListRef>): AccessListTarget => ({
  environment: toUpstreamEnvironment(change.environment),
  actingFor: ref.actingFor,
  owner: ref.owner,
});

/** Not retried by the queue: the user decides (Retry) once the other editor is done. */
export class ListKeepsChangingError extends Error {
  readonly retryable = false;
  constructor() {
    super(
      `Someone else keeps changing this access list in the registry (412 Precondition Failed ${CONFLICT_RETRIES + 1} times); ` +
        "the change was not applied. Retry when the other change is done.",
    );
    this.name = "ListKeepsChangingError";
  }
}

const ignoreNotFound = (error: unknown) => {
  if (!isUpstreamError(error) || error.status !== 404) throw error;
};

export async function upsertAccessListHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZUpsert.parse(change.payload);
  await upsertAccessList(listTarget(change, payload), payload.listIdentifier, payload);
}

export async function deleteAccessListHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZListRef.parse(change.payload);
  await deleteAccessList(listTarget(change, payload), payload.listIdentifier).catch(ignoreNotFound);
}

export async function addAccessListMembersHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZMembers.parse(change.payload);
  try {
    await addMembersInBatches({
      ...listTarget(change, payload),
      listId: payload.listIdentifier,
      orgNumbers: payload.orgNumbers,
      maxConflictRetries: CONFLICT_RETRIES,
    });
  } catch (error) {
    if (error instanceof AccessListChangedError) throw new ListKeepsChangingError();
    // The list's own upsert may still be queued (jobs run concurrently): let the queue try again later.
    if (isUpstreamError(error) && error.status === 404) {
      throw Object.assign(new Error("The access list is not in the registry yet"), { retryable: true });
    }
    throw error;
  }
}

/** Like addMembersInBatches: on 412 re-read the ETag and send again (removing is a set difference, so safe). */
export async function removeAccessListMembersHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZMembers.parse(change.payload);
  const target = listTarget(change, payload);
  let etag: string | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      await removeAccessListMembers(target, payload.listIdentifier, payload.orgNumbers, etag);
      return;
    } catch (error) {
      if (isUpstreamError(error) && error.status === 404) return; // the list is gone: nobody is a member
      if (!(isUpstreamError(error) && error.status === 412)) throw error;
      if (attempt >= CONFLICT_RETRIES) throw new ListKeepsChangingError();
      const current = await getAccessList(target, payload.listIdentifier);
      if (current === null) return;
      etag = current.etag ?? undefined;
    }
  }
}

/**
 * A list may be linked before its resource is published. The registry then answers 400 RR-00002 (no such resource):
 * nothing to connect yet, and publishing connects every linked list (resource-handlers.ts), so this is done. A list
 * not in the registry yet (404; its upsert may still be queued) is left to the queue's retry.
 */
export async function putResourceConnectionHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZConnection.parse(change.payload);
  try {
    await putResourceConnection(listTarget(change, payload), payload.listIdentifier, payload.resourceIdentifier, ["requestconsent"]);
  } catch (error) {
    if (isResourceNotInRegistry(error)) return;
    if (isUpstreamError(error) && error.status === 404) {
      throw Object.assign(new Error("The access list is not in the registry yet"), { retryable: true });
    }
    throw error;
  }
}

export async function deleteResourceConnectionHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZConnection.parse(change.payload);
  await deleteResourceConnection(listTarget(change, payload), payload.listIdentifier, payload.resourceIdentifier).catch(
    ignoreNotFound,
  );
}
