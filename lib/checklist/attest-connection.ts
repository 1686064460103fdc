import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

/** Records (or renews) an administrator's attestation that the organisation accepted Maskinporten's terms. */
export async function attestConnection(options: {
  tx: TTx;
  organisationId: string;
  environment: TEnvironment;
  termsVersion: string;
  attestedById: string;
}) {
  const { tx, organisationId, environment, termsVersion, attestedById } = options;
  return tx.connectionAttestation.upsert({
    where: { organisationId_environment: { organisationId, environment } },
    create: { organisationId, environment, termsVersion, attestedById },
    update: { termsVersion, attestedById, attestedAt: new Date() },
    select: { id: true },
  });
}
