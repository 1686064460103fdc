import { stringify } from "yaml";
import { ZDefinitionsDocument, type TDefinitionsDocument } from "./definitions-schema";

export type TDefinitionsFormat = "yaml" | "json";

/**
 * A document as text. Its keys come out in the schema's order (zod builds each object in the order its shape
 * declares), whatever order the document was built or read in, and the exports list objects sorted by key, so two
 * exports diff line by line. Long texts are never folded (`lineWidth: 0`), so an edit stays on its own lines.
 */
export function serializeDefinitions(document: TDefinitionsDocument, format: TDefinitionsFormat): string {
  const ordered = ZDefinitionsDocument.parse(document);
  if (format === "json") return `${JSON.stringify(ordered, null, 2)}\n`;
  return stringify(ordered, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
