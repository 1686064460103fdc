import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv, type TUpstreamEnvironment } from "@/lib/platform/environment";
import { createTokenRouteClient } from "@/lib/platform/http/token-route-client";
import { clientAddress } from "@/lib/platform/rate-limit/client-address";
import { consumeRateLimit } from "@/lib/platform/rate-limit/consume-rate-limit";
import { authorizeTokenUse } from "./audit-token-use";
import { authenticateApiToken, type TApiCaller } from "./authenticate-api-token";
import type { TApiTokenScope } from "./schemas";

/** The route helper every /api/v1 route of an organisation is built with: a bearer API token instead of a session. */
export const { tokenRoute } = createTokenRouteClient<TApiCaller>({
  authenticate: ({ secret, orgNumber }) => authenticateApiToken({ db: db(), secret, orgNumber }),
  rateLimit: consumeRateLimit,
  clientKey: (request) => clientAddress(request.headers),
});

/** A route's `authorize`: the token must have `needed` and the environment of the query (audited when refused). */
export const tokenNeeds =
  (needed: TApiTokenScope, action: string) =>
  ({
    caller,
    query,
    correlationId,
  }: {
    caller: TApiCaller;
    query: { environment: TUpstreamEnvironment };
    correlationId: string;
  }) =>
    authorizeTokenUse({
      db: db(),
      caller,
      needed,
      environment: fromUpstreamEnv(query.environment),
      action,
      correlationId,
    });
