import { describe, expect, it } from "vitest";
import { parseDefinitionsDocument } from "./parse-definitions-document";

describe("parseDefinitionsDocument", () => {
  it("gives the line of a YAML syntax error", () => {
    const result = parseDefinitionsDocument("apiVersion: consent-portal/v1\nkind: [unclosed\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("names the path and line of a value the schema refuses", () => {
    const text = [
      "apiVersion: consent-portal/v1",
      "kind: OrganisationDefinitions",
      "organisation: { orgNumber: '974761076' }",
      "environment: test",
      "scopes:",
      "  - subscope: 'Ugyldig:navn'",
      "    description: ''",
      "    longDescription: ''",
      "    visibility: PUBLIC",
      "    tokenLifetimeSeconds: null",
      "    allowedIntegrationTypes: [maskinporten]",
      "    descripton: typo",
    ].join("\n");
    const result = parseDefinitionsDocument(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: "scopes[0].subscope", message: "subscopeWithPrefix", line: 6 },
        { path: "scopes[0].description", message: "required", line: 7 },
        expect.objectContaining({ path: "scopes[0]", line: 6 }),
      ]),
    );
  });

  it("refuses an empty document and a duplicate key", () => {
    expect(parseDefinitionsDocument("  ")).toEqual({ ok: false, errors: [{ path: "", message: "documentEmpty" }] });
    const duplicate = parseDefinitionsDocument("kind: a\nkind: b\n");
    expect(duplicate.ok).toBe(false);
  });
});
