import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packagesLoadedWith } from "@/test/client-graph";

// Issue 17 (first-visit JavaScript ≤ 130 kB): the clients, validator, API tokens, members and platform admin pages.
// Their lists are server HTML; what they hand the browser at once is row buttons and openers, whose forms
// (react-hook-form, zod and the resolver) load when opened (components/ui/open-on-demand.tsx) or, on the validator,
// when the person starts using its form.

const HEAVY = /^(zod|react-hook-form|@hookform\/|jose)/;

describe("first-visit JavaScript of the clients, validator, tokens, members and admin pages", () => {
  it.each([
    "components/clients/create-client.tsx",
    "components/clients/client-card-forms.tsx",
    "components/clients/delete-client.tsx",
    "components/clients/remove-client-key.tsx",
    "components/clients/client-sync-status.tsx",
    "components/consent-scopes/request-consent-scopes.tsx",
    "components/validator/consent-token-validator.tsx",
    "components/api-tokens/create-api-token.tsx",
    "components/api-tokens/revoke-api-token.tsx",
    "components/members/add-member.tsx",
    "components/members/member-actions.tsx",
    "components/admin/register-organisation.tsx",
  ])("%s loads no form library, zod or jose with the page", (file) => {
    expect([...packagesLoadedWith(file)].filter((name) => HEAVY.test(name))).toEqual([]);
  });

  it.each([
    "components/clients/client-list.tsx",
    "components/clients/client-card.tsx",
    "components/clients/client-waiting-note.tsx",
    "components/consent-scopes/consent-scope-panel.tsx",
    "components/api-tokens/api-token-table.tsx",
  ])("%s is server HTML, not a client component", (file) => {
    const source = readFileSync(path.resolve(import.meta.dirname, "../..", file), "utf8");
    expect(source).not.toMatch(/^\s*["']use client["']/);
  });

  it("the validator's working part still brings react-hook-form, and zod only at the first check", () => {
    const packages = packagesLoadedWith("components/validator/consent-token-live.tsx");
    expect(packages).toContain("react-hook-form");
    expect([...packages].filter((name) => /^(zod|@hookform\/|jose)/.test(name))).toEqual([]);
  });
});
