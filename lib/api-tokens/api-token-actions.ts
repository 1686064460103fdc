"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { toUpstreamEnv } from "@/lib/platform/environment";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { ZCreateApiToken, ZRevokeApiToken } from "./schemas";

// Administrators create and revoke the organisation's API tokens. The secret is handed back once, by the create
// action's answer, and never enters the audit log or the database (only its hash: ./token-secret.ts).

const audited = auditedAs("api-token");
const revalidate = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/sync/definitions/tokens`];

export const createApiTokenAction = orgAction({
  name: "api-token.create",
  schema: ZCreateApiToken,
  minimumRole: "ADMIN",
  revalidate,
  run: async (context) => {
    const { organisation, user } = context;
    const { token, secret } = await createApiToken({
      ...context,
      organisationId: organisation.id,
      createdById: user.id,
    });
    const environments = token.environments.map(toUpstreamEnv).join(", ");
    const summary = `Created API token "${token.name}" (${token.prefix}…, ${token.scope.toLowerCase()}, ${environments})`;
    return audited({ id: token.id, prefix: token.prefix, secret }, token.id, summary);
  },
});

export const revokeApiTokenAction = orgAction({
  name: "api-token.revoke",
  schema: ZRevokeApiToken,
  minimumRole: "ADMIN",
  revalidate,
  run: async ({ input, tx, organisation, user }) => {
    const token = await revokeApiToken({
      tx,
      organisationId: organisation.id,
      tokenId: input.tokenId,
      revokedById: user.id,
    });
    return audited({ id: token.id }, token.id, `Revoked API token "${token.name}" (${token.prefix}…)`);
  },
});
