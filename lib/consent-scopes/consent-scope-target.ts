// The grants of one consent scope request are addressed by the request, so its sync state is the state of both.
export const CONSENT_SCOPE_TARGET_TYPE = "consent-scope-request";
