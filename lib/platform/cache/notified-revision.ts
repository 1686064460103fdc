import { freshSharedRead } from "./fresh-shared-read";

/** A connection told of every new revision (PostgreSQL LISTEN), able to read the current one itself. */
export type TRevisionListener = {
  /** The revision, read over the listening connection (so an answer also shows that connection is alive). */
  read: () => Promise<bigint>;
  close: () => void;
};

/** Opens a listener; `notified` gets each announced revision, `lost` the end of the connection. */
export type TListenForRevisions = (events: {
  notified: (revision: bigint) => void;
  lost: (error: unknown) => void;
}) => Promise<TRevisionListener>;

export type TNotifiedRevisionOptions = {
  /** Reads the revision from the store every process shares: asked per call while no listener is confirmed. */
  read: () => Promise<bigint>;
  listen: TListenForRevisions;
  /** How often the listener reads the revision back: a missed notification or a silently dead connection shows then. */
  checkEveryMs: number;
  /** An attempt to connect or a read back taking longer counts as a lost listener. */
  timeoutMs: number;
  /** The pause before connecting again after a loss. */
  retryMs: number;
  onLost?: (error: unknown) => void;
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A revision (a counter only ever moved forward, in the transaction of each change) kept in this process's memory
 * and moved on by notifications, so a caller gets it without a database round trip. Invalidation: the store announces
 * every new value when its transaction commits (a NOTIFY from the trigger that moves it); the largest value heard wins.
 *
 * Safe while the listener is not: until a listener has connected, subscribed and then read the value back (reading
 * after subscribing, so nothing committed in between is missed), and from the moment it errs, ends or fails a check,
 * every call reads the store as before (`freshSharedRead`: one read shared by callers arriving together, none older
 * than the call). The listener reads the value back every `checkEveryMs` over its own connection, which both catches
 * a notification that never came and proves the connection alive; a lost listener is replaced after `retryMs`. The
 * listener connects on the first call, not at import (`next build` loads this without a database).
 *
 * What a caller may see: a change committed elsewhere a few milliseconds ago, its notification still on the way, is
 * not yet in the answer; it is within the notification's delivery, at worst `checkEveryMs + timeoutMs`.
 */
export function notifiedRevision(options: TNotifiedRevisionOptions) {
  const readShared = freshSharedRead(options.read);
  let latest: bigint | null = null;
  /** True once the current listener has read the value back after subscribing, until it is lost. */
  let confirmed = false;
  let listener: TRevisionListener | null = null;
  /** Moves on with each loss: events and answers of an earlier listener are ignored. */
  let generation = 0;
  let started = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const heard = (revision: bigint) => {
    if (latest === null || revision > latest) latest = revision;
  };
  const later = (run: () => Promise<void>, ms: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void run(), ms);
    timer.unref?.();
  };

  function lose(error: unknown) {
    generation += 1;
    confirmed = false;
    latest = null;
    listener?.close();
    listener = null;
    options.onLost?.(error);
    later(connect, options.retryMs);
  }

  async function connect() {
    const attempt = ++generation;
    try {
      const opened = await withTimeout(
        options.listen({
          notified: (revision) => {
            if (attempt === generation) heard(revision);
          },
          lost: (error) => {
            if (attempt === generation) lose(error);
          },
        }),
        options.timeoutMs,
      );
      if (attempt !== generation || stopped) return opened.close();
      listener = opened;
      const revision = await withTimeout(opened.read(), options.timeoutMs);
      if (attempt !== generation) return;
      heard(revision);
      confirmed = true;
      later(check, options.checkEveryMs);
    } catch (error) {
      if (attempt === generation && !stopped) lose(error);
    }
  }

  async function check() {
    const attempt = generation;
    try {
      const revision = await withTimeout(listener!.read(), options.timeoutMs);
      if (attempt !== generation) return;
      heard(revision);
      later(check, options.checkEveryMs);
    } catch (error) {
      if (attempt === generation && !stopped) lose(error);
    }
  }

  /** The revision held in memory while the listener is confirmed, else null. */
  function peek(): string | null {
    return confirmed && latest !== null ? String(latest) : null;
  }

  return {
    /** The current revision: from memory while the listener is confirmed, else read from the store. */
    current(): Promise<string> {
      if (!started) {
        started = true;
        void connect();
      }
      const held = peek();
      return held === null ? readShared().then(String) : Promise.resolve(held);
    },
    /** The revision held in memory while the listener is confirmed, else null (the caller then asks `current`). */
    peek,
    /** Closes the listener for good (tests; a server process simply exits). */
    stop() {
      stopped = true;
      generation += 1;
      clearTimeout(timer);
      listener?.close();
      listener = null;
      confirmed = false;
    },
  };
}
