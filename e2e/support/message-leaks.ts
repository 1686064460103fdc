import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// A message the code asks for but no catalog holds: in the e2e stack the server renders a marker
// (`⟦missing:namespace.key⟧`, lib/platform/i18n/strict-messages.ts); a client component's translator, whose provider
// takes no handler from a server layout, falls back to next-intl's `namespace.key`. Both are looked for in the page's
// visible text, its title and the attributes a screen reader reads.

const MARKER = "⟦";

/** The catalogs' namespaces: the shell's (messages/en.json) and one per feature file (messages/en/<namespace>.json). */
const namespaces = (): string[] => {
  const messages = path.resolve(process.cwd(), "messages");
  const shell = Object.keys(JSON.parse(readFileSync(path.join(messages, "en.json"), "utf8")) as object);
  const features = readdirSync(path.join(messages, "en")).map((file) => file.replace(/\.json$/, ""));
  return [...shell, ...features];
};

/** Texts on the page that are a missing message's marker or a bare message key. */
export async function messageLeaksOn(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ marker, namespaces }) => {
      const key = new RegExp(`^(${namespaces.join("|")})(\\.[A-Za-z0-9_]+)+$`);
      const leaks = (text: string) => text.includes(marker) || key.test(text.trim());
      const found: string[] = [];
      if (leaks(document.title)) found.push(`title: ${document.title}`);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        // Code blocks show machine names on purpose (the audit log's action, `documentation.save`).
        const machine = node.parentElement?.closest("code, pre, kbd, samp, script, style, template");
        if (leaks(text) && !machine) found.push(text.trim().slice(0, 120));
      }
      for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
        for (const element of document.querySelectorAll(`[${attribute}]`)) {
          const value = element.getAttribute(attribute) ?? "";
          if (leaks(value)) found.push(`${attribute}: ${value.slice(0, 120)}`);
        }
      }
      return found;
    },
    { marker: MARKER, namespaces: namespaces() },
  );
}
