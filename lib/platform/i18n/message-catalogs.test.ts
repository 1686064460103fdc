import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { LOCALES, type TLocale } from "./locales";

// Every interface string exists in bokmål, nynorsk and English, parses as an ICU message, and takes the same
// arguments in every language (a translation that drops {count} or renames {name} shows a hole on the page).

function flatten(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flatten(child, prefix ? `${prefix}.${key}` : key),
  );
}

const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [locale, new Map(flatten(loadMessages(locale)))]),
) as Record<TLocale, Map<string, string>>;
const allKeys = [...new Set(LOCALES.flatMap((locale) => [...catalogs[locale].keys()]))].sort();

/** Argument names with their kind, e.g. "count:plural", "name:argument"; tags count as arguments too. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

/** Plural and select messages need an `other` branch, or a count the rules did not foresee throws at render. */
function branchesLackingOther(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.tag) return branchesLackingOther(element.children);
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const nested = Object.values(element.options).flatMap((option) => branchesLackingOther(option.value));
    return "other" in element.options ? nested : [element.value, ...nested];
  });
}

// Words only bokmål (or English) writes; their nynorsk forms are in docs/GLOSSARY.md.
// Letter-aware boundaries: JavaScript's \b counts å, ø and æ as non-word characters.
const BOKMAL_ONLY =
  /(?<!\p{L})(ikke|hva|hvis|hvem|hvor|hvorfor|hvordan|hvilke|hvilken|jeg|noen|noe|ble|fra|bare|mens|ennå|mye|tjenesten?|tjenester|tjenesteeier\p{L}*|virksomhet\p{L}*|scopes|tokener|klienter|nøkler|tegn|the|and|with)(?!\p{L})/iu;

describe("message catalogs", () => {
  it("have every key in bokmål, nynorsk and English", () => {
    const missing = LOCALES.flatMap((locale) =>
      allKeys.filter((key) => !catalogs[locale].has(key)).map((key) => `${locale}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("hold messages that parse as ICU and have an other branch in every plural and select", () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, message] of catalogs[locale]) {
        try {
          const lacking = branchesLackingOther(parse(message));
          if (lacking.length > 0) problems.push(`${locale}: ${key} has no "other" for ${lacking.join(", ")}`);
        } catch (error) {
          problems.push(`${locale}: ${key} does not parse (${(error as Error).message})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("take the same arguments in every language", () => {
    const differing = allKeys.flatMap((key) => {
      const shapes = LOCALES.map((locale) => {
        const message = catalogs[locale].get(key);
        return message === undefined ? "" : [...argumentsOf(parse(message))].sort().join(" ");
      });
      return new Set(shapes).size > 1 ? [`${key}: ${LOCALES.map((l, i) => `${l}=[${shapes[i]}]`).join(" ")}`] : [];
    });
    expect(differing).toEqual([]);
  });

  it("call the legal entity virksomhet / verksemd in Norwegian, as Altinn does (docs/GLOSSARY.md)", () => {
    const organisasjon = /(?<!\p{L})organisasjon(en|er|ene|ens|enes)?(?!\p{L})/iu;
    const mixed = (["nb", "nn"] as const).flatMap((locale) =>
      [...catalogs[locale]].filter(([, message]) => organisasjon.test(message)).map(([key]) => `${locale}: ${key}`),
    );
    expect(mixed).toEqual([]);
  });

  it("write nynorsk, not bokmål or English, in the nynorsk catalog", () => {
    // Keys with an .nb. or .en. segment hold text in that language on purpose (e.g. the preview's buttons).
    const nynorsk = [...catalogs.nn].filter(([key]) => !/\.(nb|en)(\.|$)/.test(key));
    const leaks = nynorsk.flatMap(([key, message]) => {
      // Placeholders and example identifiers are not prose.
      const prose = message.replace(/\{\w+\}/g, " ").replace(/\S*\w[:/_.]\w\S*/g, " ");
      const word = BOKMAL_ONLY.exec(prose);
      return word ? [`${key}: "${word[0]}" in ${message}`] : [];
    });
    expect(leaks).toEqual([]);
  });
});
