import { isUpstreamNotFound } from "@/lib/platform/upstream/upstream-error";

// What every handler may say about a failure besides the upstream's own errors. Whether a change is tried again is
// decided in one place, `describeUpstreamFailure`, from the error's `retryable`: an `UpstreamError` sets it from
// the answer (Altinn's coded problems are never retried), and these two set it for the handlers' own reasons.

/** Not done yet, and trying again later may help (something this change needs is still on its way). */
export class RetryLaterError extends Error {
  readonly retryable = true;
  constructor(message: string) {
    super(message);
    this.name = "RetryLaterError";
  }
}

/** Trying again cannot help: the change fails with this message as its reason, and a person decides (Retry). */
export class FinalFailureError extends Error {
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = "FinalFailureError";
  }
}

/**
 * Deleting, withdrawing or revoking what the upstream no longer has is done: a 404 counts as success, so a retry
 * after a lost answer (or a change that raced another delete) ends synced.
 */
export async function alreadyGoneIsDone(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isUpstreamNotFound(error)) throw error;
  }
}

/**
 * A 404 for something this change needs, whose own change may still be queued (jobs run concurrently, e.g. a list's
 * upsert behind its members): left to the queue's retry, saying what is missing. Any other failure is rethrown.
 */
export async function retryWhileMissing<T>(call: Promise<T>, missing: string): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (isUpstreamNotFound(error)) throw new RetryLaterError(missing);
    throw error;
  }
}
