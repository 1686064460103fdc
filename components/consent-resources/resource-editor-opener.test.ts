import { describe, expect, it } from "vitest";
import { packagesLoadedWith } from "@/test/client-graph";

// Issue 17, Deliver 4 (≤ 130 kB of JavaScript on a first visit): a resource's page opens on its server-rendered read
// view; the editor (react-hook-form, zod, Markdown's renderer) loads when "Edit the definition" is pressed.
describe("the resource page's first-visit JavaScript", () => {
  it("the editor's opener loads no form library, schema or Markdown renderer with the page", () => {
    const packages = [...packagesLoadedWith("components/consent-resources/resource-editor-opener.tsx")];
    expect(packages.filter((name) => /^(react-hook-form|zod|@hookform\/|react-markdown)/.test(name))).toEqual([]);
  });

  it("the editor it opens still uses react-hook-form", () => {
    expect(packagesLoadedWith("components/consent-resources/resource-editor.tsx")).toContain("react-hook-form");
  });
});
