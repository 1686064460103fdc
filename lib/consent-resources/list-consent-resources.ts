import "server-only";
import { db } from "@/lib/platform/db/prisma";
import type { TLocalizedText } from "./localized";
import { publicationSelect, toPublication, type TPublication } from "./consent-resource-select";

export type TConsentResourceSummary = {
  id: string;
  identifier: string;
  latestVersion: number;
  /** The latest version's title in nb, nn and en. */
  title: TLocalizedText;
  updatedAt: Date;
  /** Per environment (at most one each); state PUBLISHED means the registry has (or is getting) that version. */
  publications: TPublication[];
};

/** The organisation's consent resources with their latest version and what each environment has. */
export async function listConsentResources(options: { organisationId: string }): Promise<TConsentResourceSummary[]> {
  const rows = await db().consentResource.findMany({
    where: { organisationId: options.organisationId },
    select: {
      id: true,
      identifier: true,
      updatedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, content: true } },
      publications: { select: publicationSelect },
    },
    orderBy: { identifier: "asc" },
  });
  return rows.map((row) => {
    const latest = row.versions[0];
    const content = (latest?.content ?? {}) as { title?: TLocalizedText };
    return {
      id: row.id,
      identifier: row.identifier,
      latestVersion: latest?.version ?? 0,
      title: content.title ?? { nb: row.identifier, nn: row.identifier, en: row.identifier },
      updatedAt: row.updatedAt,
      publications: row.publications.map(toPublication),
    };
  });
}
