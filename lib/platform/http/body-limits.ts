// How large a request body the portal reads. Kept free of `server-only`: the submit hook checks an action's input
// against the same limit before sending it (components/forms/use-action-submit.ts).

/**
 * Server actions: next.config.ts sets `serverActions.bodySizeLimit` to this ("2mb"). The largest input is an access
 * list's CSV import (at most 1,000,000 characters, lib/access-lists/schemas.ts), which must fit with its framing.
 */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Route handlers' JSON bodies (the validator's token, the kit's requests): far below this. */
export const ROUTE_BODY_LIMIT_BYTES = 1024 * 1024;

/** A limit for people: "2 MB". */
export const formatBodyLimit = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
