// Consent texts are Markdown with `{key}` placeholders filled from the consent request's metadata.
// The Resource Registry does not check them (DOMAIN.md), so the portal does, in both directions.

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

/** Every `{key}` in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
}

/** Links in Markdown `[label](target)`: the targets, which must be http(s) URLs or a `{key}` placeholder. */
export function linkTargetsIn(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]*)\)/g)].map((match) => match[1] ?? "");
}

export function isAllowedLinkTarget(target: string): boolean {
  return /^https?:\/\/\S+$/i.test(target) || /^\{[a-z]+\}$/.test(target);
}

/** The text with each `{key}` replaced by its value; unknown keys stay as they are. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}
