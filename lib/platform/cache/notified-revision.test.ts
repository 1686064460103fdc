import { afterEach, describe, expect, it, vi } from "vitest";
import { notifiedRevision, type TListenForRevisions } from "./notified-revision";

/** A store whose revision the test moves, and listeners the test can notify, break or silence. */
function fakeStore() {
  const store = {
    revision: 1n,
    reads: 0,
    connects: 0,
    /** While false, connecting fails (the database is down). */
    reachable: true,
    /** While true, the listener's read back never answers (a silently dead connection). */
    hanging: false,
    events: null as null | Parameters<TListenForRevisions>[0],
    closed: 0,
  };
  const listen: TListenForRevisions = async (events) => {
    store.connects += 1;
    if (!store.reachable) throw new Error("connection refused");
    store.events = events;
    return {
      read: () => (store.hanging ? new Promise<bigint>(() => undefined) : Promise.resolve(store.revision)),
      close: () => {
        store.closed += 1;
      },
    };
  };
  const read = async () => {
    store.reads += 1;
    return store.revision;
  };
  return { store, listen, read };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function start(fake: ReturnType<typeof fakeStore>, checkEveryMs = 1_000) {
  const revision = notifiedRevision({ read: fake.read, listen: fake.listen, checkEveryMs, timeoutMs: 50, retryMs: 10 });
  stops.push(revision.stop);
  return revision;
}

describe("notifiedRevision", () => {
  it("reads the store until its listener is confirmed, then answers from memory and follows the notifications", async () => {
    const fake = fakeStore();
    const revision = start(fake);
    expect(await revision.current()).toBe("1");
    expect(fake.store.reads).toBe(1);
    await vi.waitFor(async () => {
      const reads = fake.store.reads;
      await revision.current();
      expect(fake.store.reads).toBe(reads);
    });
    const reads = fake.store.reads;
    fake.store.revision = 3n;
    fake.store.events!.notified(3n);
    fake.store.events!.notified(2n); // a late, older announcement never moves it back
    expect(await revision.current()).toBe("3");
    expect(fake.store.reads).toBe(reads);
  });

  it("reads the store again as soon as the listener is lost, and trusts a new one only after its read back", async () => {
    const fake = fakeStore();
    const revision = start(fake);
    await revision.current();
    await vi.waitFor(() => expect(fake.store.events).not.toBeNull());
    await vi.waitFor(async () => {
      const reads = fake.store.reads;
      await revision.current();
      expect(fake.store.reads).toBe(reads);
    });
    fake.store.reachable = false;
    fake.store.events!.lost(new Error("terminated"));
    // Changed while nobody listened: no notification will ever tell of it.
    fake.store.revision = 7n;
    const reads = fake.store.reads;
    expect(await revision.current()).toBe("7");
    expect(fake.store.reads).toBe(reads + 1);
    await vi.waitFor(() => expect(fake.store.connects).toBeGreaterThan(2)); // retried while down
    fake.store.reachable = true;
    await vi.waitFor(async () => {
      const before = fake.store.reads;
      expect(await revision.current()).toBe("7");
      expect(fake.store.reads).toBe(before);
    });
  });

  it("counts a listener whose read back does not answer as lost, and catches a notification that never came", async () => {
    const fake = fakeStore();
    const revision = start(fake, 20);
    await revision.current();
    await vi.waitFor(async () => {
      const reads = fake.store.reads;
      await revision.current();
      expect(fake.store.reads).toBe(reads);
    });
    fake.store.revision = 4n; // committed, but its notification is lost
    await vi.waitFor(async () => expect(await revision.current()).toBe("4"));
    fake.store.hanging = true;
    await vi.waitFor(() => expect(fake.store.closed).toBeGreaterThan(0));
    fake.store.revision = 5n;
    const reads = fake.store.reads;
    expect(await revision.current()).toBe("5");
    expect(fake.store.reads).toBe(reads + 1);
  });

  it("ignores the events of a listener it has replaced", async () => {
    const fake = fakeStore();
    const revision = start(fake);
    await revision.current();
    await vi.waitFor(() => expect(fake.store.events).not.toBeNull());
    const old = fake.store.events!;
    old.lost(new Error("reset"));
    await vi.waitFor(() => expect(fake.store.events).not.toBe(old));
    await vi.waitFor(async () => {
      const reads = fake.store.reads;
      await revision.current();
      expect(fake.store.reads).toBe(reads);
    });
    old.notified(99n);
    old.lost(new Error("late"));
    expect(await revision.current()).toBe("1");
    expect(fake.store.closed).toBe(1);
  });
});
