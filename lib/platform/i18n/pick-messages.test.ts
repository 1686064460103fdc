import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { pickMessages, SHELL_MESSAGE_PATHS } from "./pick-messages";

describe("pickMessages", () => {
  const messages = { a: { b: "1", c: { d: "2" } }, e: "3", f: { g: "4" } };

  it("keeps whole namespaces and single branches, in the catalog's shape", () => {
    expect(pickMessages(messages, ["e", "a.c"])).toEqual({ e: "3", a: { c: { d: "2" } } });
    expect(pickMessages(messages, ["a.b", "a.c.d"])).toEqual({ a: { b: "1", c: { d: "2" } } });
  });

  it("skips paths the catalog does not have", () => {
    expect(pickMessages(messages, ["x", "a.x.y"])).toEqual({});
  });

  it("gives the shell a small part of every language's messages, each path present", () => {
    for (const locale of ["nb", "nn", "en"] as const) {
      const all = loadMessages(locale) as never;
      const shell = pickMessages(all, SHELL_MESSAGE_PATHS);
      for (const path of SHELL_MESSAGE_PATHS) {
        expect(
          path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], shell),
        ).toBeDefined();
      }
      expect(JSON.stringify(shell).length).toBeLessThan(JSON.stringify(all).length / 3);
    }
  });
});
