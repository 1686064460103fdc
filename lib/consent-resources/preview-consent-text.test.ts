import { describe, expect, it } from "vitest";
import { previewConsentText, previewMetadataKeys } from "./preview-consent-text";

const values = {
  consentText: {
    nb: "Vi henter **inntekten** for {inntektsaar} og {ukjent}.",
    nn: "",
    en: "Income for {inntektsaar}.",
  },
  consentMetadata: [{ key: " inntektsaar " }, { key: "inntektsaar" }, { key: "" }, {}],
};

describe("previewConsentText", () => {
  it("names each declared key once, trimmed", () => {
    expect(previewMetadataKeys(values)).toEqual(["inntektsaar"]);
  });

  it("fills declared keys with a sample or [key] and leaves the Markdown and unknown keys as written", () => {
    expect(previewConsentText(values, "nb")).toBe("Vi henter **inntekten** for [inntektsaar] og {ukjent}.");
    expect(previewConsentText(values, "en", { inntektsaar: "2024" })).toBe("Income for 2024.");
    expect(previewConsentText(values, "en", { inntektsaar: "" })).toBe("Income for [inntektsaar].");
    expect(previewConsentText({}, "nn")).toBe("");
  });
});
