// The longest texts an access list's fields take, without zod: checked by schemas.ts and shown beside the fields by
// the access-list forms (which load zod only when they check).

export const ACCESS_LIST_LIMITS = { identifier: 100, name: 200, description: 1000 } as const;
