import pg from "pg";
import type { TListenForRevisions } from "./notified-revision";

/**
 * A listener for `notifiedRevision` on PostgreSQL: its own connection (a LISTEN holds a session, so it cannot share
 * Prisma's pool) subscribed to `channel`, whose notifications carry the new revision as their payload, and reading the
 * revision back with `readSql` (one row, column `revision`). TCP keep-alive lets a dead peer end the connection; the
 * caller's periodic read back catches what keep-alive does not.
 */
export function pgRevisionListener(options: {
  connectionString: () => string;
  channel: string;
  readSql: string;
}): TListenForRevisions {
  return async ({ notified, lost }) => {
    const client = new pg.Client({ connectionString: options.connectionString(), keepAlive: true });
    // Kept after close as well: an `error` without a listener would end the process.
    client.on("error", lost);
    client.on("end", () => lost(new Error("the listening connection ended")));
    client.on("notification", ({ channel, payload }) => {
      if (channel !== options.channel || !payload || !/^\d+$/.test(payload)) return;
      notified(BigInt(payload));
    });
    const close = () => void client.end().catch(() => undefined);
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(options.channel)}`);
    } catch (error) {
      close();
      throw error;
    }
    return {
      read: async () => {
        const { rows } = await client.query<{ revision: string }>(options.readSql);
        return BigInt(rows[0]?.revision ?? "0");
      },
      close,
    };
  };
}
