import { describe, expect, it } from "vitest";
import { findUnsafeInput, INT4_MAX, INT4_MIN } from "./unsafe-input";

describe("findUnsafeInput", () => {
  it("names NUL, lone surrogates and out-of-range numbers by field path, at any depth", () => {
    expect(
      findUnsafeInput({
        name: "a\u0000b",
        sections: [{ title: "ok" }, { title: "x\uDC00" }],
        nested: { high: "\uD83D", version: INT4_MAX + 1, low: INT4_MIN - 1 },
      }),
    ).toEqual({
      name: ["nulCharacter"],
      "sections.1.title": ["loneSurrogate"],
      "nested.high": ["loneSurrogate"],
      "nested.version": ["numberOutOfRange"],
      "nested.low": ["numberOutOfRange"],
    });
  });

  it("accepts ordinary input: surrogate pairs, int4 bounds, fractions, booleans and null", () => {
    expect(
      findUnsafeInput({ text: "Skatt 😀 æøå", max: INT4_MAX, min: INT4_MIN, ratio: 0.5, on: true, none: null }),
    ).toBeNull();
  });

  it("reports a key that cannot be stored on its parent, and a bare value as the form", () => {
    expect(findUnsafeInput({ metadata: { "a\u0000": "x" } })).toEqual({ metadata: ["nulCharacter"] });
    expect(findUnsafeInput("\u0000")).toEqual({ _form: ["nulCharacter"] });
    expect(findUnsafeInput(Number.POSITIVE_INFINITY)).toEqual({ _form: ["numberOutOfRange"] });
  });
});
