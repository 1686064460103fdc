import { notifiedRevision } from "./notified-revision";
import { pgRevisionListener } from "./pg-revision-listener";

// The portal's revision (migration 20261201030000_portal_revision: moved on once by every transaction that changes
// something a signed-in page shows, announced on `portal_revision` when it commits), held in the memory of the
// portal's HTTP server by one LISTEN connection (notified-revision.ts). The server keys a person's kept pages by it
// (personal-page-key.ts); while the listener is not confirmed there is no revision, and no page is kept or answered
// from memory.

export const PORTAL_REVISION_CHANNEL = "portal_revision";
export const READ_PORTAL_REVISION = `SELECT "revision"::text AS "revision" FROM "PortalRevision" WHERE "id" = 1`;

export function portalRevision(options: { connectionString: string; onLost?: (error: unknown) => void }) {
  const listen = pgRevisionListener({
    connectionString: () => options.connectionString,
    channel: PORTAL_REVISION_CHANNEL,
    readSql: READ_PORTAL_REVISION,
  });
  const revision = notifiedRevision({
    // Only `peek` is asked, which never reads per call: a request without a confirmed listener is simply not kept.
    read: () => Promise.reject(new Error("the portal revision is read only through its listener")),
    listen,
    checkEveryMs: 5_000,
    timeoutMs: 2_000,
    retryMs: 1_000,
    onLost: options.onLost,
  });
  // Connects now (the first `current` starts the listener), not at the first request.
  void revision.current().catch(() => undefined);
  return { peek: revision.peek, stop: revision.stop };
}
