import "server-only";
import { addAccessListMembers, MAX_MEMBERS_PER_CALL, removeAccessListMembers } from "./access-list-members-client";
import { type AccessListTarget, getAccessList } from "./access-lists-client";
import { UpstreamError } from "./upstream-error";

// Adds or removes any number of organisations, 100 per call (the registry's cap). Someone else editing the list
// meanwhile makes our If-Match stale (412); adding is a set union and removing a set difference, so repeating the
// batch against the list's current version loses nothing of the other edit. That retry is bounded per batch, and
// lives here only: the ETag is the registry's protocol, so every caller of a member change gets the same handling.

export interface BatchProgress {
  /** Organisations sent so far, including this batch. */
  done: number;
  total: number;
  batch: number;
  batches: number;
}

/** Attempts per batch after a 412, by default. */
export const CONFLICT_RETRIES = 3;

export interface MembersInBatchesInput extends AccessListTarget {
  listId: string;
  orgNumbers: readonly string[];
  /** The version the user saw; omitted = the list's current version. */
  ifMatch?: string;
  /** Called after each batch; awaited, so a job can persist its progress before the next batch. */
  onProgress?: (progress: BatchProgress) => void | Promise<void>;
  /** Attempts per batch after a 412 (default CONFLICT_RETRIES). */
  maxConflictRetries?: number;
}

export class AccessListChangedError extends Error {
  constructor(readonly batch: number) {
    super(`The access list kept changing while batch ${batch} was being sent`);
    this.name = "AccessListChangedError";
  }
}

const SEND = { add: addAccessListMembers, remove: removeAccessListMembers } as const;

async function changeMembersInBatches(
  change: keyof typeof SEND,
  input: MembersInBatchesInput,
): Promise<{ etag: string | null }> {
  const { listId, onProgress, maxConflictRetries = CONFLICT_RETRIES } = input;
  const orgNumbers = [...new Set(input.orgNumbers)];
  const batches: string[][] = [];
  for (let i = 0; i < orgNumbers.length; i += MAX_MEMBERS_PER_CALL)
    batches.push(orgNumbers.slice(i, i + MAX_MEMBERS_PER_CALL));

  let etag: string | null = input.ifMatch ?? null;
  let done = 0;
  for (const [index, batch] of batches.entries()) {
    for (let attempt = 0; ; attempt++) {
      try {
        ({ etag } = await SEND[change](input, listId, batch, etag ?? undefined));
        break;
      } catch (error) {
        if (!(error instanceof UpstreamError && error.status === 412)) throw error;
        if (attempt >= maxConflictRetries) throw new AccessListChangedError(index + 1);
        const current = await getAccessList(input, listId);
        // A list deleted meanwhile has no members left to remove; members cannot be added to it.
        if (current === null && change === "remove") return { etag: null };
        if (current === null) throw error;
        etag = current.etag;
      }
    }
    done += batch.length;
    await onProgress?.({ done, total: orgNumbers.length, batch: index + 1, batches: batches.length });
  }
  return { etag };
}

/** Returns the list's ETag after the last batch. */
export const addMembersInBatches = (input: MembersInBatchesInput) => changeMembersInBatches("add", input);

/** Returns the list's ETag after the last batch; null when the list was deleted meanwhile. */
export const removeMembersInBatches = (input: MembersInBatchesInput) => changeMembersInBatches("remove", input);
