import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TApiTokenScope } from "./schemas";
import { newApiTokenSecret } from "./token-secret";

// For the tests of lib/api-tokens: a token written straight to the database, as `createApiToken` writes it.

export async function tokenInDb(
  db: PrismaClient,
  options: {
    organisationId: string;
    createdById: string;
    scope?: TApiTokenScope;
    environments?: TEnvironment[];
    expiresAt?: Date | null;
    revokedAt?: Date | null;
  },
) {
  const { secret, prefix, secretHash } = newApiTokenSecret();
  const token = await db.apiToken.create({
    data: {
      organisationId: options.organisationId,
      createdById: options.createdById,
      name: `token ${prefix}`,
      scope: options.scope ?? "PLAN",
      environments: options.environments ?? ["TEST"],
      prefix,
      secretHash,
      expiresAt: options.expiresAt ?? null,
      revokedAt: options.revokedAt ?? null,
    },
    select: { id: true, prefix: true },
  });
  return { ...token, secret };
}
