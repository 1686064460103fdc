import { describe, expect, it } from "vitest";
import { packagesLoadedWith } from "@/test/client-graph";

// Issue 17 (first-visit JavaScript within 130 kB): the documentation, publishing and approval pages' client components
// load neither react-hook-form, zod nor Markdown's renderer with the page. The documentation form is there at once
// and its editor loads at its first use (first-use.ts); the decision and the revocation are React's own form actions
// (components/approvals/use-reason-form.ts).

const HEAVY = /^(zod|react-hook-form|@hookform\/|react-markdown)/;
const heavy = (file: string) => [...packagesLoadedWith(file)].filter((name) => HEAVY.test(name));

describe("first visit to the documentation, publishing and approval pages", () => {
  it.each([
    "components/documentation/documentation-languages-editor.tsx",
    "components/publishing/publish-form.tsx",
    "components/publishing/status-actions.tsx",
    "components/publishing/confirm-change-button.tsx",
    "components/approvals/decision-form.tsx",
    "components/approvals/revoke-form.tsx",
  ])("%s loads neither react-hook-form, zod nor react-markdown with the page", (file) => {
    expect(heavy(file)).toEqual([]);
  });

  it("the documentation editor, loaded at the form's first use, keeps react-hook-form; zod and Markdown load later", () => {
    const packages = packagesLoadedWith("components/documentation/documentation-editor.tsx");
    expect(packages).toContain("react-hook-form");
    expect([...packages].filter((name) => /^(zod|react-markdown)/.test(name))).toEqual([]);
  });
});
