import "server-only";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";
import {
  measureProbe as measure,
  PROBE_TIMEOUT_MS as TIMEOUT_MS,
  ProbeFailure,
  type TComponentHealth,
} from "./measure-probe";

export type { TComponentHealth } from "./measure-probe";
export type THealth = { status: "ok" | "degraded"; components: TComponentHealth[] };

async function probeUrl(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
  if (!response.ok) throw new ProbeFailure(`HTTP ${response.status}`);
}

/**
 * The detailed report for operators (`/api/health`): the database and every upstream the portal depends on, each
 * reachable or not. Orchestrators use `/api/health/live` and `/api/health/ready` instead: an upstream outage must
 * not take the portal out of service.
 */
export async function checkHealth(): Promise<THealth> {
  const config = env();
  const components = await Promise.all([
    measure("database", async () => {
      await db().$queryRaw`SELECT 1`;
    }),
    measure("idporten", () => probeUrl(`${config.OIDC_ISSUER}/.well-known/openid-configuration`)),
    ...UPSTREAM_ENVIRONMENTS.flatMap((environment) => {
      const urls = upstream().config(environment);
      return [
        measure(`maskinporten-${environment}`, () => probeUrl(urls.maskinporten.jwksUrl)),
        measure(`resource-registry-${environment}`, () =>
          probeUrl(`${urls.altinn.resourceRegistryUrl}/resource/resourcelist`),
        ),
      ];
    }),
    measure("organisation-register", () =>
      probeUrl(`${upstream().config("test").organisationRegisterUrl}/enheter/${config.OPERATOR_ORG_NUMBER}`),
    ),
  ]);
  return { status: components.every((c) => c.reachable) ? "ok" : "degraded", components };
}
