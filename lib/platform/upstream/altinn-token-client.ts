import "server-only";
import { decodeJwt } from "jose";
import type { TUpstreamConfig } from "@/lib/platform/config/upstream-env-schema";
import { HttpBaseClient } from "./http-base-client";
import type { MaskinportenTokenClient } from "./maskinporten-token-client";
import { TokenCache } from "./token-cache";
import { UpstreamError } from "./upstream-error";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// Altinn platform tokens: a Maskinporten token exchanged at `{platform}/authentication/api/v1/exchange/maskinporten`.
// The Resource Registry accepts only these. The exchange answers with the bare JWT as text; some deployments
// JSON-encode it (a quoted string), so both are read. Cached until 30 s before the Altinn token's own `exp`.

export interface AltinnTokenRequest {
  environment: TUpstreamEnvironment;
  /** Maskinporten scopes the exchanged token must carry, e.g. `altinn:resourceregistry/resource.write`. */
  scopes: readonly string[];
  consumerOrg?: string;
}

export class AltinnTokenClient {
  private readonly cache = new TokenCache(30_000);

  constructor(
    private readonly resolveConfig: (environment: TUpstreamEnvironment) => TUpstreamConfig,
    private readonly maskinporten: MaskinportenTokenClient,
    private readonly options: { timeoutMs?: number } = {},
  ) {}

  async getToken(request: AltinnTokenRequest): Promise<string> {
    return this.cache.get(this.cacheKey(request), () => this.exchange(request));
  }

  /**
   * Forget one request's token (an API refused it) and the Maskinporten token it was exchanged from, so the next call
   * exchanges a new one; without a request, every cached Altinn token.
   */
  invalidate(request?: AltinnTokenRequest): void {
    if (!request) return this.cache.invalidate();
    this.cache.invalidate(this.cacheKey(request));
    this.maskinporten.invalidate(request);
  }

  /** Per exchange endpoint and what the Maskinporten token was issued for (its client, scopes, organisation). */
  private cacheKey(request: AltinnTokenRequest): string {
    const config = this.resolveConfig(request.environment);
    return JSON.stringify([
      config.altinn.exchangeUrl,
      config.maskinporten.clientId,
      config.maskinporten.audience,
      [...new Set(request.scopes)].sort().join(" "),
      request.consumerOrg ?? "",
    ]);
  }

  private async exchange(request: AltinnTokenRequest) {
    const config = this.resolveConfig(request.environment);
    const maskinportenToken = await this.maskinporten.getToken(request);
    const http = new HttpBaseClient({
      baseUrl: config.altinn.exchangeUrl,
      name: `altinn-exchange:${request.environment}`,
      timeoutMs: this.options.timeoutMs,
      getAuthHeader: async () => `Bearer ${maskinportenToken}`,
    });
    const { data } = await http.request<string>({ method: "GET", path: "", expectText: true });
    const value = readExchangedToken(data);
    let exp: number | undefined;
    try {
      exp = value === undefined ? undefined : decodeJwt(value).exp;
    } catch {
      exp = undefined;
    }
    if (value === undefined || exp === undefined) {
      throw new UpstreamError({
        upstream: http.name,
        status: 200,
        kind: "invalid-response",
        retryable: false,
        method: "GET",
        url: config.altinn.exchangeUrl,
        detail: "the exchange did not return a JWT with an exp claim",
      });
    }
    return { value, expiresAt: exp * 1000 };
  }
}

export function readExchangedToken(body: string): string | undefined {
  const trimmed = body.trim();
  if (!trimmed.startsWith('"')) return trimmed || undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === "string" && parsed !== "" ? parsed : undefined;
  } catch {
    return undefined;
  }
}
