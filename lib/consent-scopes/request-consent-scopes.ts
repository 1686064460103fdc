import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { lockOrganisation } from "@/lib/organisations/lock-organisation";
import { type TUpstreamEnvironment, fromUpstreamEnv } from "@/lib/platform/environment";

/**
 * A consumer asks Digdir for the consent API scopes in one environment. One open request per organisation and
 * environment: the organisation row is locked so two editors asking at once make one request.
 */
export async function requestConsentScopes(options: {
  tx: TTx;
  organisationId: string;
  environment: TUpstreamEnvironment;
  requestedById: string;
}) {
  const { tx, organisationId } = options;
  const environment = fromUpstreamEnv(options.environment);
  await lockOrganisation(tx, organisationId);
  const open = await tx.consentScopeRequest.findFirst({
    where: { organisationId, environment, status: { in: ["PENDING", "GRANTED"] } },
    select: { status: true },
  });
  if (open?.status === "PENDING") throw conflict("consentScopesAlreadyRequested");
  if (open?.status === "GRANTED") throw conflict("consentScopesAlreadyGranted");
  return tx.consentScopeRequest.create({
    data: { organisationId, environment, requestedById: options.requestedById },
    select: { id: true, environment: true },
  });
}
