import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// A raw enum value on a page is a value the person was meant to read in words: the portal's own (the Prisma enums,
// read from the schema so a new enum is covered at once) and Altinn's (the Resource Registry's status, resource type
// and access list modes; the consent request statuses). Code blocks (<code>, <pre>, <kbd>, <samp>) show machine
// values on purpose and are not read.

const prismaEnumValues = (): string[] => {
  const schema = readFileSync(path.resolve(process.cwd(), "prisma/schema.prisma"), "utf8");
  return [...schema.matchAll(/^enum \w+ \{([^}]*)\}/gm)].flatMap((match) =>
    match[1]!
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z_]+$/.test(line)),
  );
};

// Altinn's words: the resource statuses (lib/consent-resources/resource-definition-schema.ts RESOURCE_STATUSES),
// Altinn/altinn-resource-registry src/Altinn.ResourceRegistry.Core/Enums/ResourceType.cs and ResourceAccessListMode.cs,
// and Altinn/altinn-authorization-tmp src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Core/Models/Consent/
// ConsentRequestStatusType.cs (its EnumMember values, lower case in the JSON).
const REGISTRY_WORDS = [
  "UnderDevelopment",
  "Completed",
  "Deprecated",
  "Withdrawn",
  "ConsentResource",
  "MaskinportenSchema",
  "GenericAccessResource",
  "Disabled",
  "Enabled",
];
/** Lower-case values are also ordinary words ("created"): they count only as the whole text of an element. */
const WHOLE_TEXT_WORDS = ["accepted", "rejected", "revoked", "deleted", "created", "expired", "default"];

/** The visible text nodes outside code blocks that are, or contain, a raw enum value. */
export async function rawEnumValuesOn(page: Page): Promise<string[]> {
  const words = [...new Set([...prismaEnumValues(), ...REGISTRY_WORDS])];
  return page.evaluate(
    ({ words, whole }) => {
      const wordPattern = new RegExp(`(?<![\\w.:/-])(${words.join("|")})(?![\\w.:/-])`);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? "";
        if (!parent || !text || parent.closest("code, pre, kbd, samp, script, style, textarea, template")) continue;
        if (!parent.checkVisibility()) continue;
        const hit = text.match(wordPattern)?.[1] ?? (whole.includes(text) ? text : null);
        if (hit) found.push(`${hit} in "${text.slice(0, 80)}"`);
      }
      return found;
    },
    { words, whole: WHOLE_TEXT_WORDS },
  );
}
