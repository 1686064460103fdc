import { escapeHtml } from "../html";

/** Fills `{key}` placeholders (metadata keys, or a template's {CoveredBy} etc.); unknown keys stay visible so a gap is noticed. */
export function fillPlaceholders(text: string, metadata: Record<string, string>): string {
  return text.replace(/\{([a-z0-9_]+)\}/gi, (whole, key: string) => metadata[key] ?? whole);
}

/**
 * Just enough Markdown for consent texts: paragraphs, line breaks, **bold** and http(s)
 * links. Everything is escaped first, so the text can never inject markup.
 */
export function renderConsentMarkdown(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const html = escapeHtml(paragraph)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2">$1</a>')
        .replace(/\n/g, "<br>");
      return `<p>${html}</p>`;
    })
    .join("\n");
}
