import "server-only";
import { organisationSummarySelect, type TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import type { TDb } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { AppError, forbidden, notFound } from "@/lib/platform/errors/app-error";
import { apiTokenState, apiTokenSummarySelect } from "./api-token-status";
import { activeAdminsAmong } from "./creator-is-admin";
import type { TApiTokenScope } from "./schemas";
import { hashApiTokenSecret } from "./token-secret";

/** Who a request with a token is: the token, and its creator, as whom it acts, in the token's organisation. */
export type TApiCaller = {
  tokenId: string;
  name: string;
  prefix: string;
  scope: TApiTokenScope;
  environments: TEnvironment[];
  actorId: string;
  organisation: TOrganisationSummary;
};

const invalid = (messageKey: string, values?: Record<string, string>) =>
  new AppError("UNAUTHENTICATED", messageKey, { values });

/**
 * The caller a presented token stands for in the organisation the path names. A token is found by its hash alone
 * (./token-secret.ts). Unknown, revoked, expired, or created by someone who is no longer an active administrator:
 * UNAUTHENTICATED (401), each with its own message so a pipeline's log says what to fix. Then the organisation: one
 * that does not exist is NOT_FOUND, another organisation than the token's FORBIDDEN.
 */
export async function authenticateApiToken(options: {
  db: TDb;
  secret: string;
  orgNumber: string;
  now?: Date;
}): Promise<TApiCaller> {
  const token = await options.db.apiToken.findUnique({
    where: { secretHash: hashApiTokenSecret(options.secret) },
    select: { ...apiTokenSummarySelect, organisation: { select: organisationSummarySelect } },
  });
  if (!token) throw invalid("apiTokenInvalid");
  const admins = await activeAdminsAmong({
    db: options.db,
    organisationId: token.organisation.id,
    userIds: [token.createdById],
  });
  const state = apiTokenState(token, admins.has(token.createdById), options.now ?? new Date());
  if (state === "revoked") throw invalid("apiTokenRevoked", { prefix: token.prefix });
  if (state === "expired") {
    throw invalid("apiTokenExpired", { prefix: token.prefix, expiredAt: token.expiresAt?.toISOString() ?? "" });
  }
  if (state === "creatorNotAdmin") throw invalid("apiTokenCreatorNotAdmin", { prefix: token.prefix });
  if (token.organisation.orgNumber !== options.orgNumber) {
    const named = await options.db.organisation.findUnique({
      where: { orgNumber: options.orgNumber },
      select: { id: true },
    });
    throw named ? forbidden("apiTokenOtherOrganisation") : notFound("organisationNotFound");
  }
  return {
    tokenId: token.id,
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    environments: token.environments,
    actorId: token.createdById,
    organisation: token.organisation,
  };
}
