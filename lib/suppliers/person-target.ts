import "server-only";
import { currentLoginAccessToken } from "@/lib/platform/auth/login-access-token";
import { personAltinnToken } from "@/lib/platform/upstream/person-altinn-token-client";
import type { TPersonActingFor } from "@/lib/platform/upstream/supplier-delegations-client";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";

/**
 * Why the portal cannot call Altinn as the person: the session holds no ID-porten access token with Altinn's scopes
 * (an Ansattporten login gives none Altinn accepts: lib/platform/auth/altinn-idporten-client.ts), it has expired, or
 * Altinn would not exchange it (401/403 at `exchange/id-porten`). Each is mended by connecting ID-porten for Altinn
 * (app/api/altinn-idporten/start/route.ts), which keeps a new token on the session.
 */
export type TPersonLoginProblem = "missing" | "expired" | "refused";

export type TPersonTarget = { ok: true; target: TPersonActingFor } | { ok: false; problem: TPersonLoginProblem };

/**
 * The supplier-delegation API's caller for `orgNumber` in Altinn's test environment: the logged-in person, with the
 * ID-porten access token kept on the session exchanged for their Altinn token. An outage of the exchange throws (the page says so).
 */
export async function personTarget(orgNumber: string): Promise<TPersonTarget> {
  const login = await currentLoginAccessToken();
  if (!login.ok) return { ok: false, problem: login.reason };
  try {
    const altinnToken = await personAltinnToken("test", login.token);
    return { ok: true, target: { environment: "test", actingFor: orgNumber, altinnToken } };
  } catch (error) {
    if (isUpstreamError(error) && (error.status === 401 || error.status === 403))
      return { ok: false, problem: "refused" };
    throw error;
  }
}
