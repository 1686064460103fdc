import "server-only";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";
import { logger } from "@/lib/platform/logger";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";

export type TComponentHealth = { name: string; reachable: boolean; latencyMs: number; detail?: string };
export type THealth = { status: "ok" | "degraded"; components: TComponentHealth[] };

const TIMEOUT_MS = 3000;

/** A failure the probe words itself, safe to show publicly. */
class ProbeFailure extends Error {}

async function measure(name: string, probe: () => Promise<void>): Promise<TComponentHealth> {
  const started = performance.now();
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new ProbeFailure(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS),
      ),
    ]);
    return { name, reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The endpoint is public: it says only what kind of failure (our own messages: an HTTP status or the timeout);
    // the driver's or fetch's own text may name hosts and ports, so that goes to the server log only.
    const ours = error instanceof ProbeFailure;
    if (!ours) logger.warn({ err: error, component: name }, "health probe failed");
    return {
      name,
      reachable: false,
      latencyMs: Math.round(performance.now() - started),
      detail: ours ? error.message : "unreachable",
    };
  }
}

async function probeUrl(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
  if (!response.ok) throw new ProbeFailure(`HTTP ${response.status}`);
}

/** The database and every upstream the portal depends on, each reachable or not. */
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
