import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { BUILTIN_CONSENT_TEMPLATES } from "./builtin-templates";
import { DEFAULT_TEMPLATES_FILE, loadConsentTemplates } from "./template-catalogue";

const emulator = emulatorPerFile();

/** Per text, variant and language: the placeholders used, so two catalogues can be compared without their wording. */
function placeholders(value: unknown): unknown {
  if (typeof value === "string") return [...value.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, placeholders(entry)]));
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(strings);
}

describe("consent template catalogue", () => {
  it("loads Altinn's file from ../shared/realdata and adds templateVersion 1, as the live file has", () => {
    const catalogue = loadConsentTemplates({});
    expect(catalogue.source).toBe(DEFAULT_TEMPLATES_FILE);
    expect(catalogue.templates.map((template) => template.id).sort()).toEqual([
      "bst_krav",
      "default",
      "poa",
      "samtykkemal_simpleconsent",
      "sblanesoknad",
    ]);
    expect(
      catalogue.templates.every((template) => template.templateVersion === 1 && template.version === undefined),
    ).toBe(true);
  });

  it("has a built-in fallback with the same ids, flags and placeholders but its own wording", () => {
    const real = loadConsentTemplates({}).templates;
    expect(loadConsentTemplates({ EMULATOR_CONSENT_TEMPLATES_FILE: "builtin" }).templates).toBe(
      BUILTIN_CONSENT_TEMPLATES,
    );
    expect(BUILTIN_CONSENT_TEMPLATES.map((template) => template.id)).toEqual(real.map((template) => template.id));
    for (const builtin of BUILTIN_CONSENT_TEMPLATES) {
      const original = real.find((template) => template.id === builtin.id);
      const { isPoa, isMessageSetInRequest, restrictedToServiceOwners, templateVersion } = builtin;
      expect({ isPoa, isMessageSetInRequest, restrictedToServiceOwners, templateVersion }, builtin.id).toEqual({
        isPoa: original?.isPoa,
        isMessageSetInRequest: original?.isMessageSetInRequest,
        restrictedToServiceOwners: original?.restrictedToServiceOwners,
        templateVersion: original?.templateVersion,
      });
      expect(placeholders(builtin.texts), builtin.id).toEqual(placeholders(original?.texts));
      const copied = strings(builtin.texts).filter(
        (text) => strings(original?.texts).includes(text) && !/^\{\w+\}$/.test(text),
      );
      expect(copied, builtin.id).toEqual([]);
    }
  });

  it("stops with a message naming the variable when the named file is missing or not a catalogue", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "templates-"));
    expect(() => loadConsentTemplates({ EMULATOR_CONSENT_TEMPLATES_FILE: path.join(dir, "none.json") })).toThrow(
      /EMULATOR_CONSENT_TEMPLATES_FILE/,
    );
    writeFileSync(path.join(dir, "object.json"), "{}");
    expect(() => loadConsentTemplates({ EMULATOR_CONSENT_TEMPLATES_FILE: path.join(dir, "object.json") })).toThrow(
      /EMULATOR_CONSENT_TEMPLATES_FILE.*array/,
    );
    writeFileSync(
      path.join(dir, "one.json"),
      JSON.stringify([{ id: "x", templateVersion: 3, isPoa: false, isMessageSetInRequest: false, texts: {} }]),
    );
    expect(
      loadConsentTemplates({ EMULATOR_CONSENT_TEMPLATES_FILE: path.join(dir, "one.json") }).templates[0]
        ?.templateVersion,
    ).toBe(3);
  });

  it("serves the catalogue where Altinn reads the raw studio-docs file", async () => {
    const response = await fetch(`${emulator.url}/altinn-studio-docs/consent_templates.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(loadConsentTemplates({}).templates)));
  });
});
