// The catalogue's texts name the parties with placeholders that Altinn fills when it shows a consent:
// {CoveredBy} (the consumer asking), {OfferedBy} (the person or organisation consenting), {HandledBy} (a supplier
// acting for the consumer) and {Expiration} (when the consent ends). Unknown placeholders stay as written.

export const TEMPLATE_PLACEHOLDERS = ["CoveredBy", "OfferedBy", "HandledBy", "Expiration"] as const;
export type TTemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>;

export function fillTemplateText(text: string, values: TTemplateValues): string {
  return text.replace(
    /\{(CoveredBy|OfferedBy|HandledBy|Expiration)\}/g,
    (_whole, name: keyof TTemplateValues) => values[name],
  );
}
