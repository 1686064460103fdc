/**
 * A read whose callers share queries without ever getting an answer older than their call: a caller arriving while
 * no read runs starts one; a caller arriving while one runs waits for the next, which starts when that one ends and is
 * shared by everyone who arrived meanwhile. Under load the source is asked about once per round trip instead of once
 * per caller, and every answer still comes from a read that began after the caller asked (what the public pages'
 * revision check in proxy.ts needs: a change committed before a request is seen by that request).
 */
export function freshSharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current: Promise<T> = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
