import "server-only";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import type { z } from "zod";
import type { ZCreateApiToken } from "./schemas";
import { newApiTokenSecret } from "./token-secret";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new API token for the organisation, acting as `createdById`. A token that may apply in production changes what
 * citizens and consumers meet, so creating one follows the production rule (an administrator with a recent login,
 * lib/platform/auth/production-rule.ts): whoever holds the token later is not asked to log in again.
 * Returns the row and the secret, which is handed back this once and never stored.
 */
export async function createApiToken(options: {
  tx: TTx;
  organisationId: string;
  createdById: string;
  role: Role;
  input: z.output<typeof ZCreateApiToken>;
  now?: Date;
}) {
  const { input } = options;
  if (input.scope === "APPLY" && input.environments.includes("PROD")) {
    requireProductionRole({ role: options.role, environment: "PROD" });
  }
  const now = options.now ?? new Date();
  const { secret, prefix, secretHash } = newApiTokenSecret();
  const token = await options.tx.apiToken.create({
    data: {
      organisationId: options.organisationId,
      name: input.name,
      scope: input.scope,
      environments: input.environments,
      prefix,
      secretHash,
      expiresAt: input.lifetimeDays === "none" ? null : new Date(now.getTime() + Number(input.lifetimeDays) * DAY_MS),
      createdById: options.createdById,
    },
    select: { id: true, name: true, prefix: true, scope: true, environments: true, expiresAt: true },
  });
  return { token, secret };
}
