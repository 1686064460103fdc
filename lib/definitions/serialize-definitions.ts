import { stringify } from "yaml";
import { ZDefinitionsDocument, type TDefinitionsDocument } from "./definitions-schema";

export type TDefinitionsFormat = "yaml" | "json";

/**
 * A document as text. Its keys come out in the schema's order (zod builds each object in the order its shape
 * declares), whatever order the document was built or read in, and the exports list objects sorted by key, so two
 * exports diff line by line. Long texts are never folded (`lineWidth: 0`), so an edit stays on its own lines.
 */
export function serializeDefinitions(document: TDefinitionsDocument, format: TDefinitionsFormat): string {
  // What the portal holds need not pass the import's schema (a scope adopted from Maskinporten under a name the portal
  // would not create, a resource whose scope reference the registry took but the portal's pattern refuses): the export
  // still shows all of it, in the order it was built, rather than failing the page; an import then names what it refuses.
  const parsed = ZDefinitionsDocument.safeParse(document);
  const ordered = parsed.success ? parsed.data : document;
  if (format === "json") return `${JSON.stringify(ordered, null, 2)}\n`;
  return stringify(ordered, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
