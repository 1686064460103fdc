import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packagesLoadedWith } from "@/test/client-graph";

// Issue 17 (first-visit JavaScript within 130 kB): the client components the consent monitor, the suppliers page and
// the new access request's page render at once load neither react-hook-form nor zod. The forms that are not a page's
// first purpose open on demand (components/ui/open-on-demand.tsx); the access request form checks with its schema
// loaded at the first submit (components/forms/use-schema-check.ts). Tables are server HTML: the supplier table and
// the environments comparison (sync/environments) keep only their buttons and checkboxes as client code.

const FORM_PACKAGES = /^(zod|react-hook-form|@hookform\/)/;

describe("first visit to the consent monitor, suppliers, a new access request and the environments", () => {
  it.each([
    "components/consent-monitor/check-now-button.tsx",
    "components/consent-monitor/register-consent.tsx",
    "components/consent-monitor/webhook-settings.tsx",
    "components/suppliers/add-supplier.tsx",
    "components/suppliers/revoke-supplier.tsx",
    "components/access-requests/access-request-form.tsx",
  ])("%s loads neither react-hook-form nor zod with the page", (file) => {
    expect([...packagesLoadedWith(file)].filter((name) => FORM_PACKAGES.test(name))).toEqual([]);
  });

  it("the forms opened on demand keep react-hook-form", () => {
    for (const form of [
      "consent-monitor/register-consent-form",
      "consent-monitor/webhook-address-form",
      "suppliers/add-supplier-form",
    ])
      expect(packagesLoadedWith(`components/${form}.tsx`)).toContain("react-hook-form");
  });

  it.each([
    "components/suppliers/supplier-table.tsx",
    "components/promotion/environments-comparison.tsx",
    "components/promotion/comparison-sections.tsx",
    "components/promotion/promotion-row.tsx",
  ])("%s is server HTML (only its checkboxes and buttons are client code)", (file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(/^\s*["']use client["']/);
  });
});
