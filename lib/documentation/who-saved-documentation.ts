import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TDocumentationLanguage } from "./documentation-languages";

// The save that won a race, for the loser's conflict message: when (the row) and who (its audit event, written by the
// action helper in the same transaction as the save, so a committed save always has one; null when the user is gone).

/** The audit action name of a documentation save (lib/documentation/documentation-actions.ts). */
export const SAVE_DOCUMENTATION_ACTION = "documentation.save";

/**
 * How a save's audit summary names its language (`… of skd-inntekt in nn …`), so the conflict message finds who saved
 * that language rather than another one.
 */
export function savedLanguageNote(language: TDocumentationLanguage): string {
  return ` in ${language} `;
}

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
  language: TDocumentationLanguage;
}): Promise<{ name: string | null; savedAt: string } | null> {
  const { tx, resourceId, language } = options;
  const row = await tx.resourceDocumentation.findUnique({
    where: { resourceId_language: { resourceId, language } },
    select: { updatedAt: true },
  });
  if (!row) return null;
  const event = await tx.auditEvent.findFirst({
    where: {
      action: SAVE_DOCUMENTATION_ACTION,
      targetId: resourceId,
      summary: { contains: savedLanguageNote(language) },
    },
    orderBy: { createdAt: "desc" },
    select: { actor: { select: { name: true } } },
  });
  return { name: event?.actor?.name ?? null, savedAt: clock.format(row.updatedAt) };
}
