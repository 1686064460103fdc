// The version of the connection terms an administrator attests to; without zod, so the attestation form can show it
// and load its schema (schemas.ts) only when it is submitted.
export const TERMS_VERSION = "2024-01";
