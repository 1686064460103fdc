import { describe, expect, it } from "vitest";
import { mergeMessages } from "./merge-messages";

describe("mergeMessages", () => {
  it("adds a subtree's branches beside its parent's, the added text winning", () => {
    const parent = { errorPage: { title: "Feil" }, accessRequests: { form: { a: "1" } } };
    const added = { accessRequests: { nav: { b: "2" } }, scopes: { c: "3" }, errorPage: { title: "Ny" } };
    expect(mergeMessages(parent, added)).toEqual({
      errorPage: { title: "Ny" },
      accessRequests: { form: { a: "1" }, nav: { b: "2" } },
      scopes: { c: "3" },
    });
    expect(parent).toEqual({ errorPage: { title: "Feil" }, accessRequests: { form: { a: "1" } } });
  });

  it("takes a message that is an array (a precompiled one) whole", () => {
    expect(mergeMessages({ a: { b: [0, "x"] } }, { a: { b: [1] } })).toEqual({ a: { b: [1] } });
  });
});
