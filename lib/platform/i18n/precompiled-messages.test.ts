import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import formatParsed from "use-intl/format-message";
import formatPrecompiled from "use-intl/format-message/format-only";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { intlLocale, LOCALES } from "./locales";
import { MESSAGE_FORMATS } from "./message-formats";

// next.config.ts turns on next-intl's `precompile`: the build compiles every catalog message with icu-minify, and the
// pages format them with use-intl's precompiled formatter instead of intl-messageformat. Every message must then read
// the same as the full ICU formatter writes it (what tests and the worker use): plurals (`=0`, `one`, `#`), selects,
// numbers, dates, rich-text tags, in every language, with every branch taken.

/** Every message as [dotted key, ICU text]. */
const leaves = (tree: unknown, at = ""): Array<[string, string]> =>
  typeof tree === "string"
    ? [[at, tree]]
    : Object.entries(tree as object).flatMap(([key, branch]) => leaves(branch, at ? `${at}.${key}` : key));

type TValue = string | number | Date | ((chunks: unknown) => string);

/** Values for every argument of a message; `variant` walks plural counts and select branches. */
function valuesFor(elements: MessageFormatElement[], variant: number, into: Record<string, TValue> = {}) {
  for (const element of elements) {
    if (element.type === TYPE.argument) into[element.value] ??= `«${element.value}»`;
    if (element.type === TYPE.number) into[element.value] ??= 12345.5 + variant;
    if (element.type === TYPE.date || element.type === TYPE.time)
      into[element.value] ??= new Date(Date.UTC(2026, 5, 1 + variant, 10));
    if (element.type === TYPE.tag) {
      into[element.value] ??= (chunks) => `<${element.value}>${[chunks].flat().join("")}</${element.value}>`;
      valuesFor(element.children, variant, into);
    }
    if (element.type === TYPE.plural) into[element.value] ??= [0, 1, 2, 21, 1000][variant % 5]!;
    if (element.type === TYPE.select) {
      const keys = Object.keys(element.options);
      into[element.value] ??= keys[variant % keys.length]!;
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) valuesFor(option.value, variant, into);
    }
  }
  return into;
}

describe("precompiled messages (next-intl `precompile`)", () => {
  for (const locale of LOCALES) {
    it(`read the same as parsed ones in ${locale}`, () => {
      const messages = loadMessages(locale);
      const options = { locale: intlLocale(locale), timeZone: "Europe/Oslo", formats: MESSAGE_FORMATS };
      const t = createTranslator({ ...options, messages });
      const formatters = {
        getNumberFormat: (l: string, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o),
        getDateTimeFormat: (l: string, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o),
        getPluralRules: (l: string, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(l, o),
      };
      const differences: string[] = [];
      let compared = 0;
      for (const [key, message] of leaves(messages)) {
        const elements = parse(message);
        for (let variant = 0; variant < 5; variant++) {
          const values = valuesFor(elements, variant);
          const parsed = String(t.markup(key as never, values as never));
          const precompiled = formatPrecompiled(
            key,
            compile(message),
            values as never,
            {
              ...options,
              globalFormats: MESSAGE_FORMATS,
              formatters,
            } as never,
          );
          compared++;
          if (String([precompiled].flat().join("")) !== parsed) differences.push(`${key}: ${parsed} ≠ ${precompiled}`);
        }
      }
      expect(compared).toBeGreaterThan(1000);
      expect(differences).toEqual([]);
    });
  }

  it("uses the parsing formatter here, the precompiled one only in the build", () => {
    expect(formatParsed).not.toBe(formatPrecompiled);
  });
});
