import { describe, expect, it } from "vitest";
import { freshSharedRead } from "./fresh-shared-read";

/** A source whose reads the test finishes by hand; each read answers the value current when it started. */
function source() {
  let value = 0;
  const pending: (() => void)[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      const seen = value;
      pending.push(() => (seen < 0 ? reject(new Error("down")) : resolve(seen)));
    });
  return {
    read,
    set: (next: number) => (value = next),
    finishNext: async () => {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    get reads() {
      return pending.length;
    },
  };
}

describe("freshSharedRead", () => {
  it("shares one read among callers who arrive while another runs, and never answers from a read begun before the call", async () => {
    const store = source();
    const revision = freshSharedRead(store.read);
    const first = revision();
    store.set(1); // committed after the first call, before the next ones
    const second = revision();
    const third = revision();
    expect(store.reads).toBe(1);
    await store.finishNext();
    expect(await first).toBe(0);
    // The second and third waited for a read that began after they asked: it sees the change.
    expect(store.reads).toBe(1);
    await store.finishNext();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
    // Idle again: the next caller starts its own read.
    store.set(2);
    const fourth = revision();
    await store.finishNext();
    expect(await fourth).toBe(2);
  });

  it("passes a failed read to its callers and lets the next one try again", async () => {
    const store = source();
    const revision = freshSharedRead(store.read);
    store.set(-1);
    const failing = revision();
    const waiting = revision();
    store.set(5);
    await store.finishNext();
    await expect(failing).rejects.toThrow("down");
    await store.finishNext();
    expect(await waiting).toBe(5);
  });
});
