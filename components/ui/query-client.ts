"use client";

import { isServer, QueryClient } from "@tanstack/react-query";

let browserClient: QueryClient | undefined;

function createClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 10_000 } } });
}

/**
 * The one QueryClient of the browser tab, handed to `useQuery`/`useMutation`/`useQueryClient` by the few components
 * that poll or check live, so react-query is loaded on their routes only instead of by a provider in the root layout
 * (issue 17: the root layout ships only what every page needs). One client per tab keeps the cache shared between
 * those components (the attestation form refreshes the checklist's query). During server rendering each call gets a
 * fresh client, so nothing cached is shared between requests (TanStack Query's "Advanced Server Rendering" guide).
 */
export function queryClient(): QueryClient {
  if (isServer) return createClient();
  browserClient ??= createClient();
  return browserClient;
}
