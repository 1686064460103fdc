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
  /** One GET with no retry, with a fresh token for `scope` when the API wants one. */
  const get = async (
    name: string,
    baseUrl: string,
    path: string,
    options: { scope?: string; expectText?: boolean },
  ) => {
    const token = options.scope === undefined ? undefined : await fresh(options.scope);
    const headers = token && { authorization: `Bearer ${token.access_token}` };
    const http = new HttpBaseClient({ baseUrl, name, timeoutMs: TIMEOUT_MS, retry: { retries: 0 } });
    return http.request({ method: "GET", path, headers, expectText: options.expectText });
  };
  const { maskinporten, altinn } = config;
  const checks = await Promise.all([
    check("maskinporten-token", () => fresh("idporten:scopes.write")),
    check("maskinporten-admin", () =>
      get("maskinporten-admin", maskinporten.adminApiUrl, "scopes", { scope: "idporten:scopes.write" }),
    ),
    check("altinn-token-exchange", () =>
      get("altinn-exchange", altinn.exchangeUrl, "", {
        scope: "altinn:resourceregistry/resource.write",
        expectText: true,
      }),
    ),
    check("resource-registry", () => get("resource-registry", altinn.resourceRegistryUrl, "resource/resourcelist", {})),
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
