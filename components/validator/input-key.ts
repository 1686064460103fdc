import type { TCheckConsentToken } from "@/lib/consent-tokens/schemas";

/** The form's values as one string, to tell whether an outcome still answers what the form holds. */
export const inputKey = (values: TCheckConsentToken) => JSON.stringify(values);
