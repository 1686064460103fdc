import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";

// Optimistic concurrency for the edit forms of scopes, access lists and Maskinporten clients, in the shape the
// documentation editor has (lib/documentation/save-resource-documentation.ts): the row has a `version` that every save
// of the form moves on, the form names the version it loaded, and the save hands the new one back so the same editor
// can save again. Two editors who loaded the same version: the first save wins; the second is told who saved and when,
// and nothing is written over the first one's change (the loser's text stays in their form).

/** What every edit takes besides its row and fields: the transaction, the organisation, and the version loaded. */
export type TVersionedEdit = { tx: TTx; organisation: { id: string; orgNumber: string }; version?: number };

// Norway's clock, written the same in both languages (2026-11-30 10:03), as for documentation
// (lib/documentation/who-saved-documentation.ts): the organisation's editors work in Norway.
const clock = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", dateStyle: "short", timeStyle: "short" });

/** Conflict message keys under `errors.`; each has an `…Anonymous` twin for a save whose author is unknown. */
type TStaleMessage = "accessListStale" | "scopeStale" | "clientStale";

/**
 * Refuses a save from a version other than the row's (read after lockOwnRow, ./own-rows.ts) with CONFLICT naming who
 * saved last and when: their audit event (`action`), written in the same transaction as their save, so a committed
 * save always has one; the row's time and no name when it has none. Without `loaded` (a caller that does not track
 * versions, as `baseVersion` for consent resources) there is nothing to compare.
 */
export async function requireLoadedVersion(options: {
  tx: TTx;
  row: { id: string; version: number; updatedAt: Date };
  loaded: number | undefined;
  action: string;
  stale: TStaleMessage;
}): Promise<void> {
  const { tx, row, loaded } = options;
  if (loaded === undefined || loaded === row.version) return;
  const event = await tx.auditEvent.findFirst({
    where: { action: options.action, targetId: row.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const savedAt = clock.format(event?.createdAt ?? row.updatedAt);
  const name = event?.actor?.name;
  throw name ? conflict(options.stale, { name, savedAt }) : conflict(`${options.stale}Anonymous`, { savedAt });
}
