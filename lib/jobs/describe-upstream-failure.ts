// Turns whatever a handler threw into a reason a person can act on, and says whether trying again may help.

type TUpstreamLikeError = { retryable: boolean; status?: number | null; code?: string; title?: string; detail?: string; message: string };

function isUpstreamLike(error: unknown): error is TUpstreamLikeError {
  return error instanceof Error && "retryable" in error && typeof (error as { retryable: unknown }).retryable === "boolean";
}

export function describeUpstreamFailure(error: unknown): { reason: string; retryable: boolean } {
  if (isUpstreamLike(error)) {
    const parts = [error.status ? `HTTP ${error.status}` : null, error.code, error.detail ?? error.title ?? error.message];
    return { reason: parts.filter(Boolean).join(" · ").slice(0, 500), retryable: error.retryable };
  }
  // A bug or an unknown failure: retry (it may be transient) but keep the message for the operator.
  const message = error instanceof Error ? error.message : String(error);
  return { reason: message.slice(0, 500), retryable: true };
}
