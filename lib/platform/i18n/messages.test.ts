import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("message files", () => {
  it("have the same keys in bokmål and English", () => {
    const en = keys(loadMessages("en")).sort();
    const nb = keys(loadMessages("nb")).sort();
    expect(nb.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !nb.includes(key))).toEqual([]);
  });

  it("have no empty message", () => {
    for (const locale of ["en", "nb"] as const) {
      const flat = keys(loadMessages(locale));
      const empty = flat.filter((key) => {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], loadMessages(locale));
        return typeof value === "string" && value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
