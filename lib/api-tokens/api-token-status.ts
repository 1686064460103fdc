// A token's state as the list shows it and the API decides it, from its row and whether its creator is still an
// active administrator of the organisation (a token acts as its creator, so it can do no more than they can).
// Free of server-only: the list's component names the states.

import type { Prisma } from "@/lib/platform/db/create-prisma-client";

/** What a token's state and its description are read from, wherever a token is read. */
export const apiTokenSummarySelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  environments: true,
  expiresAt: true,
  revokedAt: true,
  createdById: true,
} as const satisfies Prisma.ApiTokenSelect;

export const API_TOKEN_STATES = ["active", "revoked", "expired", "creatorNotAdmin"] as const;
export type TApiTokenState = (typeof API_TOKEN_STATES)[number];

export function apiTokenState(
  token: { revokedAt: Date | null; expiresAt: Date | null },
  creatorIsActiveAdmin: boolean,
  now: Date,
): TApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!creatorIsActiveAdmin) return "creatorNotAdmin";
  return "active";
}
