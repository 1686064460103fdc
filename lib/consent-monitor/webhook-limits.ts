// The webhook address's longest length, without zod: checked by schemas.ts and shown beside the field by the form
// (which loads zod only when it checks).

export const WEBHOOK_URL_MAX_LENGTH = 2000;
