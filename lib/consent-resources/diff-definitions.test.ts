import { describe, expect, it } from "vitest";
import { diffDefinitions } from "./diff-definitions";
import { validDefinition } from "./test-fixtures";

describe("diffDefinitions", () => {
  it("finds nothing between equal definitions", () => {
    expect(diffDefinitions(validDefinition, structuredClone(validDefinition))).toEqual([]);
  });

  it("names each changed field and language with old and new value", () => {
    const after = {
      ...validDefinition,
      title: { ...validDefinition.title, en: "Income (en)" },
      consentMetadata: [...validDefinition.consentMetadata, { key: "belop", optional: true }],
      isOneTimeConsent: true,
    };
    expect(diffDefinitions(validDefinition, after)).toEqual([
      { field: "title", language: "en", before: "Inntektsopplysninger (en)", after: "Income (en)" },
      { field: "consentMetadata", before: "inntektsaar", after: "inntektsaar\nbelop (optional)" },
      { field: "isOneTimeConsent", before: "false", after: "true" },
    ]);
  });
});

describe("diffDefinitions: who may approve", () => {
  it("names a change of approver roles and access packages; a version without them has Altinn's two roles", () => {
    const before = validDefinition;
    const after = { ...before, approverRoles: ["dagl"], approverAccessPackages: ["regnskapsforer-lonn"] };
    expect(diffDefinitions(before, after)).toEqual([
      { field: "approverRoles", before: "dagl\npriv", after: "dagl" },
      { field: "approverAccessPackages", before: "", after: "regnskapsforer-lonn" },
    ]);
    expect(diffDefinitions(before, { ...before, approverRoles: ["dagl", "priv"] })).toEqual([]);
  });
});
