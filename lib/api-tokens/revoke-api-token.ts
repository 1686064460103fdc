import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";

/** Revokes one of the organisation's tokens (at once: the next request with it is refused); revoking twice is refused. */
export async function revokeApiToken(options: {
  tx: TTx;
  organisationId: string;
  tokenId: string;
  revokedById: string;
}) {
  const where = { id: options.tokenId, organisationId: options.organisationId };
  const { count } = await options.tx.apiToken.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date(), revokedById: options.revokedById },
  });
  const token = await options.tx.apiToken.findFirst({ where, select: { id: true, name: true, prefix: true } });
  if (!token) throw notFound("apiTokenNotFound");
  if (count === 0) throw conflict("apiTokenAlreadyRevoked");
  return token;
}
