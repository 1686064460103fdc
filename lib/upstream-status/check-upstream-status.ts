import "server-only";
import { env } from "@/lib/platform/config/env";
import { HttpBaseClient } from "@/lib/platform/upstream/http-base-client";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { UPSTREAM_ENVIRONMENTS, type TUpstreamEnvironment } from "@/lib/platform/environment";

export type TApiCheck = { api: string; ok: boolean; latencyMs: number; detail?: string };
export type TEnvironmentStatus = { environment: TUpstreamEnvironment; checks: TApiCheck[] };

const TIMEOUT_MS = 5_000;

async function check(api: string, probe: () => Promise<unknown>): Promise<TApiCheck> {
  const started = performance.now();
  try {
    await probe();
    return { api, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const detail = isUpstreamError(error)
      ? [error.status ? `HTTP ${error.status}` : error.kind, error.code, error.detail].filter(Boolean).join(" · ")
      : "unexpected error";
    return { api, ok: false, latencyMs: Math.round(performance.now() - started), detail };
  }
}

/**
 * Per environment and API: reachable, and a token obtainable. Every probe goes past the token caches,
 * so the page shows the state now, not the state when a token was last fetched.
 */
async function checkEnvironment(environment: TUpstreamEnvironment): Promise<TEnvironmentStatus> {
  const config = upstream().config(environment);
  const fresh = (scope: string) => upstream().maskinporten.requestToken({ environment, scopes: [scope] });
  const plain = (baseUrl: string, name: string) =>
    new HttpBaseClient({ baseUrl, name, timeoutMs: TIMEOUT_MS, retry: { retries: 0 } });
  const checks = await Promise.all([
    check("maskinporten-token", () => fresh("idporten:scopes.write")),
    check("maskinporten-admin", async () => {
      const token = await fresh("idporten:scopes.write");
      await plain(config.maskinporten.adminApiUrl, "maskinporten-admin").request({
        method: "GET",
        path: "scopes",
        headers: { authorization: `Bearer ${token.access_token}` },
      });
    }),
    check("altinn-token-exchange", async () => {
      const token = await fresh("altinn:resourceregistry/resource.write");
      await plain(config.altinn.exchangeUrl, "altinn-exchange").request({
        method: "GET",
        path: "",
        headers: { authorization: `Bearer ${token.access_token}` },
        expectText: true,
      });
    }),
    check("resource-registry", () =>
      plain(config.altinn.resourceRegistryUrl, "resource-registry").request({
        method: "GET",
        path: "resource/resourcelist",
      }),
    ),
  ]);
  return { environment, checks };
}

export async function checkUpstreamStatus(): Promise<{
  environments: TEnvironmentStatus[];
  organisationRegister: TApiCheck;
}> {
  const [environments, organisationRegister] = await Promise.all([
    Promise.all(UPSTREAM_ENVIRONMENTS.map(checkEnvironment)),
    check("organisation-register", () =>
      new HttpBaseClient({
        baseUrl: upstream().config("test").organisationRegisterUrl,
        name: "organisation-register",
        timeoutMs: TIMEOUT_MS,
      }).request({
        method: "GET",
        path: `enheter/${env().OPERATOR_ORG_NUMBER}`,
      }),
    ),
  ]);
  return { environments, organisationRegister };
}
