// The longest texts a Maskinporten client's fields take, without zod: checked by schemas.ts and shown beside the
// fields by the client forms (which load zod only when they check).

export const CLIENT_LIMITS = { name: 100, description: 300, scopes: 30 } as const;
