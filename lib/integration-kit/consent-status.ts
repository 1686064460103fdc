// Altinn's consent request statuses. The C# enum is serialised by name: the OpenAPI spells them `Created`,
// `Accepted`, ... (`ConsentRequestStatusType`; `Expired` is an event, `ConsentRequestEventType`), older docs and
// earlier readings lower-case. Every comparison in the portal goes through here, case-insensitively.

export const CONSENT_STATUSES = ["created", "rejected", "accepted", "revoked", "deleted", "expired"] as const;
export type TConsentStatus = (typeof CONSENT_STATUSES)[number];

/** The status in the portal's one spelling (lower case), or null for anything Altinn does not define. */
export function normaliseConsentStatus(status: string | null | undefined): TConsentStatus | null {
  const lower = status?.trim().toLowerCase();
  return (CONSENT_STATUSES as readonly string[]).includes(lower ?? "") ? (lower as TConsentStatus) : null;
}

/** Whether `status`, however Altinn spelled it, is `expected`. */
export function sameConsentStatus(status: string | null | undefined, expected: TConsentStatus): boolean {
  return normaliseConsentStatus(status) === expected;
}
