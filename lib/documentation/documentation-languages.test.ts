import { describe, expect, it } from "vitest";
import { documentationForReader, isWritten, missingLanguages, writtenLanguages } from "./documentation-languages";
import { emptyLanguages, textForReader } from "./text-for-reader";

const content = (steps: string) => ({ steps, requiredAccess: "", contact: "", sections: [] });
const empty = content("  ");

describe("which documentation languages are written", () => {
  it("counts a language as written when any part has text, and lists the rest as missing, in order", () => {
    expect(isWritten(undefined)).toBe(false);
    expect(isWritten(empty)).toBe(false);
    expect(isWritten({ ...empty, sections: [{ title: "Priser", body: "" }] })).toBe(true);
    expect(isWritten({ ...empty, contact: "post@example.org" })).toBe(true);
    const documentation = { en: content("1. Step"), nb: content("1. Steg"), nn: empty };
    expect(writtenLanguages(documentation)).toEqual(["nb", "en"]);
    expect(missingLanguages(documentation)).toEqual(["nn"]);
    expect(missingLanguages({})).toEqual(["nb", "nn", "en"]);
  });

  it("shows a reader their language, or says it is missing and offers the written ones, nearest first", () => {
    const documentation = { nb: content("1. Steg"), en: content("1. Step") };
    expect(documentationForReader(documentation, "en")).toEqual({
      missing: false,
      available: [{ language: "en", content: content("1. Step") }],
    });
    expect(documentationForReader(documentation, "nn")).toEqual({
      missing: true,
      available: [
        { language: "nb", content: content("1. Steg") },
        { language: "en", content: content("1. Step") },
      ],
    });
    expect(documentationForReader({ en: content("1. Step") }, "nb").available.map((a) => a.language)).toEqual(["en"]);
    expect(documentationForReader({ nb: empty }, "nb")).toEqual({ missing: true, available: [] });
  });
});

describe("a consent resource's own texts for a reader", () => {
  it("shows the reader's language, else the nearest written one flagged as missing, and lists the empty ones", () => {
    const title = { nb: "Inntekt", nn: "", en: "Income" };
    expect(textForReader(title, "en")).toEqual({ language: "en", text: "Income", missing: false });
    expect(textForReader(title, "nn")).toEqual({ language: "nb", text: "Inntekt", missing: true });
    expect(textForReader({ nb: "", nn: "Inntekt", en: "" }, "en")).toEqual({
      language: "nn",
      text: "Inntekt",
      missing: true,
    });
    expect(emptyLanguages(title)).toEqual(["nn"]);
    expect(emptyLanguages({ nb: " ", nn: "x", en: "" })).toEqual(["nb", "en"]);
  });
});
