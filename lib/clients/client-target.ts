// How a Maskinporten client's upstream changes are addressed: one target per portal row, so the row's sync state is
// its latest change, whatever the kind (create, update, key set, delete).

export const CLIENT_TARGET_TYPE = "maskinporten-client";

/** The marker that ties a client in Maskinporten to its portal row (see client-jobs.ts). */
export const portalMarker = (rowId: string) => `[consent-portal:${rowId}]`;
