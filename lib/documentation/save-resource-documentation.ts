import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import type { TDocumentationLanguage } from "./documentation-languages";
import type { TDocumentationContent } from "./schemas";
import { whoSavedDocumentation } from "./who-saved-documentation";

/**
 * Creates or replaces the documentation of one of the organisation's consent resources in one language, if that
 * language is still at the version the editor loaded (`version`, 0 before anyone saved it). Languages are saved on
 * their own: saving one never touches another (issue 16.6). Two editors saving at once both name the same version: the
 * first one's write wins and the second gets CONFLICT naming who saved and when, instead of silently replacing their
 * text. The organisation is part of the lookup, so another organisation's identifier reads as not found.
 */
export async function saveResourceDocumentation(options: {
  tx: TTx;
  organisationId: string;
  identifier: string;
  language: TDocumentationLanguage;
  version: number;
  content: TDocumentationContent;
}): Promise<{ resourceId: string; version: number }> {
  const { tx, version, language } = options;
  const resource = await tx.consentResource.findFirst({
    where: { organisationId: options.organisationId, identifier: options.identifier },
    select: { id: true },
  });
  if (!resource) throw notFound("documentationResourceNotFound");
  const { steps, requiredAccess, contact, sections } = options.content;
  const data = { steps, requiredAccess, contact, sections };
  // Both writes are conditional in one statement, so PostgreSQL settles a race: a second `UPDATE … WHERE version = n`
  // waits for the first to commit and then matches no row; a second insert waits and skips (ON CONFLICT DO NOTHING,
  // which, unlike a unique violation, leaves the transaction usable for reading who saved).
  const written =
    version === 0
      ? await tx.resourceDocumentation.createMany({
          data: [{ resourceId: resource.id, language, ...data, version: 1 }],
          skipDuplicates: true,
        })
      : await tx.resourceDocumentation.updateMany({
          where: { resourceId: resource.id, language, version },
          data: { ...data, version: version + 1 },
        });
  if (written.count === 0) {
    const saved = await whoSavedDocumentation({ tx, resourceId: resource.id, language });
    if (!saved) throw notFound("documentationResourceNotFound");
    throw saved.name
      ? conflict("documentationStale", { name: saved.name, savedAt: saved.savedAt })
      : conflict("documentationStaleAnonymous", { savedAt: saved.savedAt });
  }
  return { resourceId: resource.id, version: version + 1 };
}
