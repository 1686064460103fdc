// Text from a definition (names, e-mail addresses) placed in generated Markdown must read as text,
// not as Markdown or HTML: every character with a meaning in Markdown is escaped.
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`);
}

/** A list of names as inline code, e.g. `a`, `b`; names never contain a backtick (schema-checked). */
export function codeList(names: string[]): string {
  return names.map((name) => `\`${name}\``).join(", ");
}
