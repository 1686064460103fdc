import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";

// The save that won a race, for the loser's conflict message: when (the row) and who (its audit event, written by the
// action helper in the same transaction as the save, so a committed save always has one; null when the user is gone).

/** The audit action name of a documentation save (lib/documentation/documentation-actions.ts). */
export const SAVE_DOCUMENTATION_ACTION = "documentation.save";

// Norway's clock, written the same in both languages (2026-11-30 10:03): the message is shown to the organisation's
// editors, who work in Norway (lib/platform/i18n/request.ts renders pages in the same time zone).
const clock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Oslo",
  dateStyle: "short",
  timeStyle: "short",
});

export async function whoSavedDocumentation(options: {
  tx: TTx;
  resourceId: string;
}): Promise<{ name: string | null; savedAt: string } | null> {
  const row = await options.tx.resourceDocumentation.findUnique({
    where: { resourceId: options.resourceId },
    select: { updatedAt: true },
  });
  if (!row) return null;
  const event = await options.tx.auditEvent.findFirst({
    where: { action: SAVE_DOCUMENTATION_ACTION, targetId: options.resourceId },
    orderBy: { createdAt: "desc" },
    select: { actor: { select: { name: true } } },
  });
  return { name: event?.actor?.name ?? null, savedAt: clock.format(row.updatedAt) };
}
