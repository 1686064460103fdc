import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import type { TDriftFields } from "./drift-fields";

/**
 * The unresolved finding an admin resolves, locked (FOR UPDATE) so two resolutions of one finding wait for each other
 * and the second is refused; another organisation's finding is not found.
 */
export async function lockOpenFinding(tx: TTx, organisationId: string, findingId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "DriftFinding" WHERE "id" = ${findingId}::uuid AND "organisationId" = ${organisationId}::uuid
    FOR UPDATE`;
  if (locked.length === 0) throw notFound();
  const finding = await tx.driftFinding.findUniqueOrThrow({ where: { id: findingId } });
  if (finding.resolvedAt || finding.resolution === "push-portal") throw conflict("driftAlreadyResolved");
  return { ...finding, fields: finding.fields as TDriftFields };
}

export type TOpenFinding = Awaited<ReturnType<typeof lockOpenFinding>>;
