import type { TCheckConsentToken } from "@/lib/consent-tokens/schemas";
import type { TLiveStart } from "./consent-token-live";

const METADATA = "expectedMetadata.";

/**
 * What the validator's plain fields hold (consent-token-form.tsx's names), and which control has focus, for the
 * working part to take over without losing a keystroke or the caret.
 */
export function readValidatorForm(form: HTMLFormElement, defaults: TCheckConsentToken): Omit<TLiveStart, "submit"> {
  const data = new FormData(form);
  const text = (name: string, fallback: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : fallback;
  };
  const values: TCheckConsentToken = {
    ...defaults,
    token: text("token", defaults.token),
    environment: text("environment", defaults.environment) === "prod" ? "prod" : "test",
    resourceIdentifier: text("resourceIdentifier", defaults.resourceIdentifier),
    requireScope: data.has("requireScope"),
    expectedMetadata: Object.fromEntries(
      [...data.entries()]
        .filter(([name, value]) => name.startsWith(METADATA) && typeof value === "string")
        .map(([name, value]) => [name.slice(METADATA.length), String(value)]),
    ),
  };
  return { values, focus: focusOf(form) };
}

function focusOf(form: HTMLFormElement): TLiveStart["focus"] {
  const active = document.activeElement;
  if (!(
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement
  ))
    return null;
  if (!form.contains(active)) return null;
  const selector = active.id
    ? `#${CSS.escape(active.id)}`
    : `[name="${CSS.escape(active.name)}"][value="${CSS.escape(active.value)}"]`;
  // Text controls only (a checkbox or radio has no caret: null there).
  const selection =
    !(active instanceof HTMLSelectElement) && active.selectionStart !== null && active.selectionEnd !== null
      ? ([active.selectionStart, active.selectionEnd] as [number, number])
      : null;
  return { selector, selection };
}
