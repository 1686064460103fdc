import { describe, expect, it } from "vitest";
import { packagesLoadedWith } from "@/test/client-graph";

// Issue 17 (first-visit JavaScript per route): what a route's client components must not load with the page.
// Each package here is loaded later, when used (the module named says how).

describe("first-visit JavaScript of the client components", () => {
  it("the resource editor loads neither zod nor Markdown's renderer with the page", () => {
    const packages = packagesLoadedWith("components/consent-resources/resource-editor.tsx");
    // zod with the definition's schema at the first check (components/forms/lazy-zod-resolver.ts); react-markdown
    // when the preview's consent text changes (components/consent-resources/consent-text-markdown.tsx).
    expect([...packages].filter((name) => /^(zod|react-markdown|@hookform\/resolvers)/.test(name))).toEqual([]);
    expect(packages).toContain("react-hook-form");
  });

  it("the checklist loads neither react-hook-form nor zod with the page (its one form checks at submit)", () => {
    const packages = packagesLoadedWith("components/checklist/checklist-view.tsx");
    expect([...packages].filter((name) => /^(zod|react-hook-form|@hookform\/)/.test(name))).toEqual([]);
  });

  it.each([
    "components/delegations/delegation-panel.tsx",
    "components/checklist/checklist-view.tsx",
    "components/scopes/scope-list.tsx",
    "components/integration-kit/delegation-preflight.tsx",
    "components/integration-kit/integration-test-panel.tsx",
    "components/integration-kit/redirect-live-check.tsx",
    "components/admin/upstream-status-panel.tsx",
  ])("%s checks live without react-query (components/ui/live-query.ts)", (file) => {
    expect([...packagesLoadedWith(file)].filter((name) => name.startsWith("@tanstack/"))).toEqual([]);
  });
});
