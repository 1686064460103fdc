import type { TLanguage } from "./definition-values";
import { fillPlaceholders } from "./placeholders";

/** The language the preview opens in. */
export const PREVIEW_FIRST_LANGUAGE: TLanguage = "nb";

type TPreviewValues = {
  consentText?: Partial<Record<TLanguage, string>>;
  consentMetadata?: { key?: string }[];
};

/** The metadata keys the preview asks sample values for: each declared key once, trimmed, in order. */
export function previewMetadataKeys(values: TPreviewValues): string[] {
  return [...new Set((values.consentMetadata ?? []).map((m) => m.key?.trim() ?? "").filter(Boolean))];
}

/**
 * The consent text the preview shows in `language`: each `{key}` filled with its sample value, or `[key]` without
 * one. The editor's preview (a client component) and the page that renders its first Markdown on the server
 * (components/consent-resources/owner-resource-editor.tsx) both compute it here, so the two agree on when the
 * server's rendering still holds.
 */
export function previewConsentText(
  values: TPreviewValues,
  language: TLanguage,
  samples: Record<string, string> = {},
): string {
  const filled = Object.fromEntries(previewMetadataKeys(values).map((key) => [key, samples[key] || `[${key}]`]));
  return fillPlaceholders(values.consentText?.[language] ?? "", filled);
}
