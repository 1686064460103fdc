import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { ZDefinitionsDocument, type TDefinitionsDocument } from "./definitions-schema";

export type TDefinitionsParseError = { path: string; message: string; line?: number };
export type TDefinitionsParseResult =
  { ok: true; document: TDefinitionsDocument } | { ok: false; errors: TDefinitionsParseError[] };

/** The largest document read: far above an organisation with thousands of list members (about 11 bytes each). */
export const MAX_DEFINITIONS_LENGTH = 5_000_000;

/** `consentResources[0].definition.title.nb`: how the errors name a place, as a JSON path would. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, "");
}

/** The line (1-based) of the node at `path`, or of its nearest parent that the text has. */
function lineOf(document: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Reads a definitions document written in YAML or JSON (YAML 1.2 reads JSON as it is, so one parser gives both their
 * line numbers). Never throws: a syntax error or a value the schema refuses comes back with its path and line.
 * Messages are the schemas' keys (`required`, `tooLong|200`: keys under `errors.fields` in the portal's messages).
 */
export function parseDefinitionsDocument(text: string): TDefinitionsParseResult {
  if (text.length > MAX_DEFINITIONS_LENGTH) return { ok: false, errors: [{ path: "", message: "documentTooLarge" }] };
  if (!text.trim()) return { ok: false, errors: [{ path: "", message: "documentEmpty" }] };
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        path: "",
        message: error.message.split("\n")[0] ?? error.code,
        line: error.linePos?.[0]?.line,
      })),
    };
  }
  const parsed = ZDefinitionsDocument.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (parsed.success) return { ok: true, document: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
      line: lineOf(document, lines, issue.path),
    })),
  };
}
