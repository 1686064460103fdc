import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packagesLoadedWith } from "@/test/client-graph";

// Issue 17, Deliver 4 (≤ 130 kB of JavaScript on a first visit): the integration kit opens on server HTML (the
// resource's facts, the request as code for the default values) and the streamed preflight; the builder
// (react-hook-form, the rules, the snippets' code) and the test panel (the token's fetch and decoding) load when opened.

const FORM_OR_QUERY = /^(react-hook-form|zod|@hookform\/|@tanstack\/|jose)/;
/** What the page's client components bring with them at once. */
const FIRST_VISIT = [
  "components/integration-kit/request-editor.tsx",
  "components/integration-kit/integration-test-opener.tsx",
  "components/integration-kit/delegation-preflight.tsx",
  "components/integration-kit/snippet-tabs.tsx",
];

describe("the integration kit's first-visit JavaScript", () => {
  it("the page reaches react-hook-form through no static import (its server modules may use zod and jose)", () => {
    const packages = [...packagesLoadedWith("app/(portal)/orgs/[orgNumber]/integration/page.tsx")];
    expect(packages.filter((name) => /^(react-hook-form|@hookform\/)/.test(name))).toEqual([]);
  });

  it("its client components load no form library, zod, TanStack Query or jose with the page", () => {
    const found = new Map(FIRST_VISIT.map((file) => [file, [...packagesLoadedWith(file)]]));
    for (const [file, packages] of found)
      found.set(
        file,
        packages.filter((name) => FORM_OR_QUERY.test(name)),
      );
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(FIRST_VISIT.map((file) => [file, []])));
  });

  it.each(["components/integration-kit/default-request.tsx", "components/integration-kit/request-code.tsx"])(
    "%s is server HTML, not a client component",
    (file) => {
      const source = readFileSync(path.resolve(import.meta.dirname, "../..", file), "utf8");
      expect(source).not.toMatch(/^\s*["']use client["']/);
    },
  );

  it("the builder it opens still uses react-hook-form", () => {
    expect(packagesLoadedWith("components/integration-kit/consent-request-builder.tsx")).toContain("react-hook-form");
  });
});
