import { describe, expect, it } from "vitest";
import { changedLanguages, documentationChanges, ZDocumentationEntry } from "./documentation-entry";

const content = (steps: string) => ({ steps, requiredAccess: "", contact: "", sections: [] });

describe("documentation in a definitions document", () => {
  it("reads documentation per language, and an older document's single documentation as bokmål", () => {
    expect(ZDocumentationEntry.parse({ nb: content("1. Steg"), en: content("1. Step") })).toEqual({
      nb: content("1. Steg"),
      en: content("1. Step"),
    });
    expect(ZDocumentationEntry.parse(content("1. Steg"))).toEqual({ nb: content("1. Steg") });
    expect(ZDocumentationEntry.parse(undefined)).toBeNull();
    expect(ZDocumentationEntry.safeParse({ nb: content("x"), se: content("x") }).success).toBe(false);
  });

  it("plans only the languages that differ, and leaves a language the document leaves out as it is", () => {
    const now = { nb: content("1. Steg"), en: content("1. Step") };
    expect(documentationChanges(now, { nb: content("1. Steg") })).toEqual([]);
    expect(documentationChanges(now, { nb: content("1. Nytt steg"), nn: content("1. Steg") })).toEqual([
      "nb.steps",
      "nn",
    ]);
    expect(documentationChanges(null, { en: content("1. Step") })).toEqual(["en"]);
    expect(changedLanguages(["nb.steps", "nb.contact", "nn"])).toEqual(["nb", "nn"]);
  });
});
