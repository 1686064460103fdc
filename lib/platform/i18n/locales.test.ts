import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { intlLocale, localeFromAcceptLanguage, LOCALES, toLocale } from "./locales";

describe("locales", () => {
  it("offer bokmål, nynorsk and English", () => {
    expect(LOCALES).toEqual(["nb", "nn", "en"]);
  });

  it("take nynorsk from the browser as nynorsk, not as bokmål", () => {
    expect(localeFromAcceptLanguage("nn-NO,nn;q=0.9,nb;q=0.8")).toBe("nn");
    expect(localeFromAcceptLanguage("no,en;q=0.5")).toBe("nb");
    expect(localeFromAcceptLanguage("de-DE,en-GB;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE")).toBeNull();
  });

  it("map next-intl's formatting locale back to the portal's language", () => {
    expect(toLocale(intlLocale("en"))).toBe("en");
    expect(toLocale(intlLocale("nn"))).toBe("nn");
    expect(toLocale("nb")).toBe("nb");
    expect(toLocale("sv")).toBe("nb");
    expect(toLocale(undefined)).toBe("nb");
  });

  it("format dates and numbers per language, English the British way", () => {
    const date = new Date("2026-11-30T14:05:00Z");
    const format = (locale: (typeof LOCALES)[number]) =>
      createFormatter({ locale: intlLocale(locale), timeZone: "Europe/Oslo" });
    expect(format("en").dateTime(date, { dateStyle: "short", timeStyle: "short" })).toBe("30/11/2026, 15:05");
    expect(format("nb").dateTime(date, { dateStyle: "short" })).toBe("30.11.2026");
    expect(format("nn").dateTime(date, { dateStyle: "long" })).toBe("30. november 2026");
    expect(format("en").number(1234567.5)).toBe("1,234,567.5");
    // Norwegian groups digits with a no-break space.
    expect(format("nn").number(1234567.5)).toBe("1\u00a0234\u00a0567,5");
  });
});
