import { describe, expect, it } from "vitest";
import { createRevisionMemo } from "./revision-memo";

describe("revision memo", () => {
  it("serves a key's value until its revision moves on, and loads once for concurrent callers", async () => {
    const memo = createRevisionMemo<string>({ max: 10 });
    let loads = 0;
    const load = (value: string) => async () => {
      loads += 1;
      return value;
    };
    expect(await Promise.all([memo("a", "1", load("one")), memo("a", "1", load("again"))])).toEqual(["one", "one"]);
    expect(await memo("a", "2", load("two"))).toBe("two");
    expect(await memo("a", "2", load("never"))).toBe("two");
    expect(loads).toBe(2);
  });

  it("forgets failed loads and the least recently used entry beyond its bound", async () => {
    const memo = createRevisionMemo<string>({ max: 2 });
    await expect(memo("x", "1", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await memo("x", "1", async () => "up")).toBe("up");
    await memo("y", "1", async () => "y");
    await memo("x", "1", async () => "not loaded");
    await memo("z", "1", async () => "z");
    expect(await memo("x", "1", async () => "reloaded")).toBe("up");
    expect(await memo("y", "1", async () => "reloaded")).toBe("reloaded");
  });
});
