import { expect, type Page } from "@playwright/test";
import { messageLeaksOn } from "./message-leaks";
import { rawEnumValuesOn } from "./raw-enum-values";

// The nynorsk checker of e2e/nynorsk.spec.ts: a page in nynorsk, with no bokmål or English sentence and no stored value
// (an enum, a status) in place of a word. Text marked as another language (the language switch, the consent preview)
// and what the person typed (form fields, identifiers in <code>) are not the interface's words and are left out.

// Words only bokmål or English writes; nynorsk has "ikkje", "kva", "viss", "eg", "nokon", "frå", "berre", ...
// (Letter-aware boundaries: JavaScript's \b counts å, ø and æ as non-word characters. Digits count as part of the
// word, so a generated identifier such as "skd-service-mx3v582the" is not read as the English "the".)
const NOT_NYNORSK =
  /(?<![\p{L}\p{N}])(ikke|hva|hvis|hvem|hvordan|hvilke|jeg|noen|noe|ble|fra|bare|mens|ennå|mye|tjenesten?|tjenester|virksomhet\p{L}*|scopes|tokener|klienter|the|and|with|Save|Cancel|Delete)(?![\p{L}\p{N}])/iu;
// Values as stored or as Altinn spells them, which the page must put in words.
const RAW_VALUE =
  /\b(SUBMITTED|APPROVED|DENIED|PROVISIONING|ACTIVE|FAILED|REVOKED|PENDING|SYNCED|PUBLISHED|WITHDRAWN|DELETED|ADMIN|EDITOR|VIEWER|PUBLIC|PRIVATE|TEST|PROD|Disabled|Enabled|Completed|UnderDevelopment|Deprecated|PrivatePerson|LegalEntityEnterprise|BankruptcyEstate|SelfRegisteredUser|Support|Technical|Legal|accepted|rejected|revoked|expired|default|true|false|null|undefined)\b/;

// On pages that list what every test writes into Skatteetaten at the same time (notifications quoting a reason someone
// typed, upstream clients and their scopes, drift's upstream values), only the interface's own words are read: headings,
// table headers, labels, buttons, legends and navigation. The rest is other tests' data, in whatever language it was typed.
const CHROME = "h1, h2, h3, h4, th, label, button, legend, caption, nav, [role='tab']";

/** The visible interface text of the page, in the page's own language. */
function interfaceText(page: Page, chromeOnly: boolean): Promise<string> {
  return page.evaluate(
    ({ chromeOnly, chrome }) => {
      const notInterface =
        "[lang]:not([lang='nn']), input, textarea, select, code, pre, script, style, noscript, [aria-hidden='true']";
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [document.title];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(notInterface) || !parent.checkVisibility()) continue;
        if (chromeOnly && !parent.closest(chrome)) continue;
        parts.push(node.textContent ?? "");
      }
      return parts.join(" ").replace(/\s+/g, " ");
    },
    { chromeOnly, chrome: CHROME },
  );
}

/** The match of `pattern` in `text` with some words around it, or undefined. */
function found(text: string, pattern: RegExp) {
  const match = pattern.exec(text);
  return match && `"${match[0]}" in …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`;
}

/** The page reads as nynorsk: no bokmål or English word, no raw value (also raw-enum-values.ts' list), no missing
 * message (message-leaks.ts). All of a page's failures are named at once (soft), and the walk goes on. */
export async function expectNynorsk(page: Page, where: string, options: { sharedData?: boolean } = {}) {
  // Live checks against Maskinporten and Altinn settle first ("Sjekkar …" is the nynorsk for checking).
  await expect(page.getByText(/^Sjekkar/)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  const text = await interfaceText(page, options.sharedData ?? false);
  expect.soft(found(text, NOT_NYNORSK), where).toBeNull();
  expect.soft(found(text, RAW_VALUE), where).toBeNull();
  expect.soft(await rawEnumValuesOn(page), where).toEqual([]);
  expect.soft(await messageLeaksOn(page), where).toEqual([]);
}
