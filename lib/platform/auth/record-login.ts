import "server-only";
import { Prisma } from "@/lib/platform/db/generated/client";
import { env } from "@/lib/platform/config/env";
import type { TEnv } from "@/lib/platform/config/env-schema";
import { db } from "@/lib/platform/db/prisma";
import { logger } from "@/lib/platform/logger";
import { isValidNationalIdentityNumber } from "@/lib/platform/validation/national-identity-number";
import { parseAltinnAuthorization, type TAltinnAuthorization } from "./altinn-authorization";
import { findServiceOwners } from "./altinn-service-owners";
import { applyAltinnAuthorization, type TAppliedAuthorization } from "./apply-altinn-authorization";
import type { TLastAuthorization } from "./last-authorization";
import { roleByResourceId } from "./portal-resources";
import { startSession, type TLoginAccessToken } from "./start-session";

export type TLoginConfig = Pick<
  TEnv,
  | "LOGIN_PROVIDER"
  | "PLATFORM_ADMIN_PIDS"
  | "ALTINN_ORGS_URL"
  | "ANSATTPORTEN_RESOURCE_ADMIN"
  | "ANSATTPORTEN_RESOURCE_WRITE"
  | "ANSATTPORTEN_RESOURCE_READ"
>;

const ROLE_WORDS = { ADMIN: "administrator", EDITOR: "editor", VIEWER: "viewer" } as const;

function loginSummary(applied: TAppliedAuthorization | null): string {
  if (!applied) return "Logged in with ID-porten";
  const members = applied.parties.filter((party) => party.outcome === "member" && party.role);
  if (members.length === 0) return "Logged in with Ansattporten without representing an organisation in the portal";
  return `Logged in with Ansattporten for ${members.map((party) => `${party.name} as ${ROLE_WORDS[party.role!]}`).join(", ")}`;
}

/**
 * Org codes of the organisations this login may set up: those the token names with the admin resource and the portal
 * does not know yet. Read before the transaction (a network call must not hold it open); a list that cannot be read
 * does not stop the login: the organisation is set up as a data consumer, and a warning says so.
 */
async function serviceOwnersToSetUp(authorization: TAltinnAuthorization, url: string): Promise<Map<string, string>> {
  const admins = authorization.parties.filter((party) => party.role === "ADMIN").map((party) => party.orgNumber);
  if (admins.length === 0) return new Map();
  const known = await db().organisation.findMany({ where: { orgNumber: { in: admins } }, select: { orgNumber: true } });
  const unknown = admins.filter((orgNumber) => !known.some((organisation) => organisation.orgNumber === orgNumber));
  if (unknown.length === 0) return new Map();
  try {
    return await findServiceOwners({ url, orgNumbers: unknown });
  } catch (error) {
    logger.warn(
      { err: error instanceof Error ? error.message : String(error), orgNumbers: unknown },
      "Altinn's list of service owners could not be read; a new organisation is set up as a data consumer",
    );
    return new Map();
  }
}

/**
 * Creates or updates the portal user for a national identity number from the identity provider and starts the login's
 * server-side session, in one transaction. After an Ansattporten login the token's `authorization_details` decide the
 * person's memberships (apply-altinn-authorization.ts) and are kept as `lastAuthorization` for the diagnostics page;
 * after an ID-porten login memberships are the portal's own. Platform administrators are the configured
 * `PLATFORM_ADMIN_PIDS`, re-read at every login. `representsOrganisation`: the person may act for some organisation
 * (or administers the platform) after this login; else the portal sends them to /access.
 */
export async function recordLogin(options: {
  pid: string;
  name: string | null;
  /** The ID token's `auth_time`, when the identity provider says when the person authenticated. */
  authenticatedAt?: Date;
  /** Ansattporten's `authorization_details` (token response or ID token); undefined after an ID-porten login. */
  authorizationDetails?: unknown;
  /** The token response's access token, kept with the session for calls to Altinn as the person. */
  loginAccessToken?: TLoginAccessToken;
  now?: Date;
  /** The configuration's login settings; the portal's own (env()) unless a test gives others. */
  config?: TLoginConfig;
}): Promise<{ id: string; sessionId: string; representsOrganisation: boolean }> {
  if (!isValidNationalIdentityNumber(options.pid)) {
    throw new Error("identity provider returned an invalid pid");
  }
  const config = options.config ?? env();
  const now = options.now ?? new Date();
  const ansattporten = config.LOGIN_PROVIDER === "ansattporten";
  const authorization = ansattporten
    ? parseAltinnAuthorization(options.authorizationDetails, roleByResourceId(config))
    : null;
  const serviceOwners = authorization ? await serviceOwnersToSetUp(authorization, config.ALTINN_ORGS_URL) : new Map();
  const isPlatformAdmin = config.PLATFORM_ADMIN_PIDS.includes(options.pid);
  return db().$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { pid: options.pid },
      create: { pid: options.pid, name: options.name, lastLoginAt: now, isPlatformAdmin },
      update: { name: options.name ?? undefined, lastLoginAt: now, isPlatformAdmin },
      select: { id: true },
    });
    const applied = authorization
      ? await applyAltinnAuthorization({ tx, userId: user.id, authorization, serviceOwners, now })
      : null;
    const lastAuthorization: TLastAuthorization | null = applied
      ? { at: now.toISOString(), parties: applied.parties, unknownResources: authorization!.unknownResources }
      : null;
    await tx.user.update({
      where: { id: user.id },
      data: { lastAuthorization: lastAuthorization ?? Prisma.DbNull },
    });
    for (const organisation of applied?.created ?? []) {
      await tx.auditEvent.create({
        data: {
          actorId: user.id,
          organisationId: organisation.id,
          action: "organisation.set-up-at-login",
          targetType: "organisation",
          targetId: organisation.id,
          summary: `Set up ${organisation.name} (${organisation.orgNumber}) at the first login of an administrator from Altinn`,
          correlationId: crypto.randomUUID(),
        },
      });
    }
    const members = applied?.parties.filter((party) => party.outcome === "member") ?? [];
    const only = members.length === 1 ? members[0]!.orgNumber : undefined;
    await tx.auditEvent.create({
      data: {
        actorId: user.id,
        organisationId: only ? ((await tx.organisation.findUnique({ where: { orgNumber: only } }))?.id ?? null) : null,
        action: "user.login",
        targetType: "user",
        targetId: user.id,
        summary: loginSummary(applied),
        correlationId: crypto.randomUUID(),
      },
    });
    const session = await startSession({
      db: tx,
      userId: user.id,
      authenticatedAt: options.authenticatedAt,
      loginAccessToken: options.loginAccessToken,
      now,
    });
    const activeMemberships = await tx.membership.count({ where: { userId: user.id, active: true } });
    return { id: user.id, sessionId: session.id, representsOrganisation: isPlatformAdmin || activeMemberships > 0 };
  });
}
