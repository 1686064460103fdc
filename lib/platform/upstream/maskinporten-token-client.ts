import "server-only";
import { z } from "zod";
import type { TUpstreamConfig } from "@/lib/platform/config/upstream-env-schema";
import { HttpBaseClient } from "./http-base-client";
import { signMaskinportenAssertion, type TAuthorizationDetail } from "./maskinporten-assertion";
import { loadSigningKey } from "./maskinporten-signing-key";
import { DEFAULT_RETRY, retryWithBackoff, type RetryOptions } from "./retry-with-backoff";
import { TokenCache } from "./token-cache";
import { UpstreamError } from "./upstream-error";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// Maskinporten access tokens for the portal's own client, via the JWT-bearer grant. Tokens are cached in the process
// per (client, audience, scope set, consumer_org, resource) until 30 s before expiry, so never across organisations;
// a token an API refuses (401) is dropped (`invalidate`, called by authorized-http-clients.ts). When the portal acts
// for an organisation (`consumerOrg`), Maskinporten answers 400 `invalid_scope` if that organisation has not delegated
// the scope to the portal; `diagnoseDelegation` asks per scope so the UI can name the missing one.

export const ZMaskinportenTokenResponse = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
});
export type TMaskinportenTokenResponse = z.infer<typeof ZMaskinportenTokenResponse>;

export interface MaskinportenTokenRequest {
  environment: TUpstreamEnvironment;
  scopes: readonly string[];
  consumerOrg?: string;
  resource?: string;
  /** Rich authorization request (e.g. a consent); such tokens are never cached. */
  authorizationDetails?: readonly TAuthorizationDetail[];
}

export interface TDelegationCheck {
  scope: string;
  ok: boolean;
  /** Maskinporten's error code, e.g. `invalid_scope`, when not ok. */
  code?: string;
  /** Maskinporten's error description when not ok. */
  reason?: string;
}

const GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

export class MaskinportenTokenClient {
  private readonly cache = new TokenCache(30_000);

  constructor(
    private readonly resolveConfig: (environment: TUpstreamEnvironment) => TUpstreamConfig,
    private readonly options: { timeoutMs?: number; retry?: Partial<RetryOptions> } = {},
  ) {}

  /** A (cached) access token. */
  async getToken(request: MaskinportenTokenRequest): Promise<string> {
    if (request.authorizationDetails?.length) return (await this.requestToken(request)).access_token;
    return this.cache.get(this.cacheKey(request), async () => {
      const response = await this.requestToken(request);
      return { value: response.access_token, expiresAt: Date.now() + response.expires_in * 1000 };
    });
  }

  /** Asks Maskinporten for a new token, bypassing the cache. */
  async requestToken(request: MaskinportenTokenRequest): Promise<TMaskinportenTokenResponse> {
    const config = this.resolveConfig(request.environment).maskinporten;
    const key = await loadSigningKey(config.key);
    const http = new HttpBaseClient({
      baseUrl: config.tokenUrl,
      name: `maskinporten-token:${request.environment}`,
      timeoutMs: this.options.timeoutMs,
    });
    const retry = { ...DEFAULT_RETRY, ...this.options.retry };
    // The token POST is not idempotent in the HTTP sense, but each attempt signs a new assertion with a new jti,
    // so repeating it after a timeout or 5xx cannot replay anything: the loop lives here, not in the base client.
    return retryWithBackoff(async () => {
      const assertion = await signMaskinportenAssertion({
        key,
        kid: config.kid,
        clientId: config.clientId,
        audience: config.audience,
        scopes: request.scopes,
        consumerOrg: request.consumerOrg,
        resource: request.resource,
        authorizationDetails: request.authorizationDetails,
      });
      const { data } = await http.request({
        method: "POST",
        path: "",
        form: { grant_type: GRANT_TYPE, assertion },
        schema: ZMaskinportenTokenResponse,
        idempotent: false,
      });
      return data;
    }, retry);
  }

  /**
   * Asks for each scope on its own with `consumer_org`, so a missing delegation is pinned to its scope. Failures
   * that say nothing about delegation (timeouts, 5xx, a bad response) are thrown rather than reported per scope.
   * A scope whose token is cached counts as delegated without asking again: Maskinporten honours that token until it
   * expires, so the portal can act with it; a refused scope is never cached, so it is asked every time.
   */
  async diagnoseDelegation(input: {
    environment: TUpstreamEnvironment;
    consumerOrg: string;
    scopes: readonly string[];
  }): Promise<TDelegationCheck[]> {
    return Promise.all(
      [...new Set(input.scopes)].map(async (scope): Promise<TDelegationCheck> => {
        try {
          await this.getToken({ environment: input.environment, scopes: [scope], consumerOrg: input.consumerOrg });
          return { scope, ok: true };
        } catch (error) {
          if (error instanceof UpstreamError && error.kind === "http" && error.status !== null && error.status < 500) {
            return { scope, ok: false, code: error.code, reason: error.detail ?? error.title ?? error.code };
          }
          throw error;
        }
      }),
    );
  }

  /** Forget cached tokens, e.g. after an upstream rejected one with 401. */
  invalidate(request?: Omit<MaskinportenTokenRequest, "authorizationDetails">): void {
    this.cache.invalidate(request ? this.cacheKey(request) : undefined);
  }

  /** What a token was issued for: the client and audience it was asked with (from the environment's configuration). */
  private cacheKey(request: Omit<MaskinportenTokenRequest, "authorizationDetails">): string {
    const { clientId, audience } = this.resolveConfig(request.environment).maskinporten;
    const scopes = [...new Set(request.scopes)].sort().join(" ");
    return JSON.stringify([clientId, audience, scopes, request.consumerOrg ?? "", request.resource ?? ""]);
  }
}
