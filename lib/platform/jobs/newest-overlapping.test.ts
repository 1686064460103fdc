import { expect, it } from "vitest";
import { WHOLE_TARGET } from "./define-upstream-job";
import { newestOverlapping } from "./newest-overlapping";

const answer = (keys: string[], newer: { id: string; keys: string[] }[]) =>
  Object.fromEntries(newestOverlapping(keys, newer));

it("names, per object, the newest newer change that sets it or the whole target", () => {
  // Newest first: n3 sets a, n2 the whole target, n1 sets a and b.
  const newer = [
    { id: "n3", keys: ["a"] },
    { id: "n2", keys: [WHOLE_TARGET] },
    { id: "n1", keys: ["a", "b"] },
  ];
  expect(answer(["a", "b", "c"], newer)).toEqual({ a: "n3", b: "n2", c: "n2" });
  expect(answer(["a", "c"], newer.slice(2))).toEqual({ a: "n1", c: null });
  expect(answer(["c"], [{ id: "n1", keys: ["a"] }])).toEqual({ c: null });
});

it("takes a change to the whole target as overlapping every newer change that sets anything", () => {
  expect(
    answer(
      [WHOLE_TARGET],
      [
        { id: "empty", keys: [] },
        { id: "n1", keys: ["x"] },
      ],
    ),
  ).toEqual({ [WHOLE_TARGET]: "n1" });
  expect(answer([WHOLE_TARGET], [{ id: "empty", keys: [] }])).toEqual({ [WHOLE_TARGET]: null });
});
