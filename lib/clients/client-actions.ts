"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { addClientKey, removeClientKey } from "./change-client-keys";
import { createClient } from "./create-client";
import { deleteClient } from "./delete-client";
import { ZAddClientKey, ZClientReference, ZCreateClient, ZRemoveClientKey, ZUpdateClient } from "./schemas";
import { updateClient } from "./update-client";
import { toUpstreamEnv } from "@/lib/platform/environment";

// Maskinporten client changes are recorded and queued here; the worker sends them to Maskinporten (lib/platform/jobs).
// Only public keys arrive here: key pairs are made in the browser, and the private half never leaves it.

/** The production rule for a change to an existing client; an unknown client is left to the change, which says so. */
async function requireRoleForClient(tx: TTx, organisationId: string, clientRowId: string, role: Role) {
  const client = await tx.maskinportenClient.findFirst({
    where: { id: clientRowId, organisationId },
    select: { environment: true },
  });
  if (client) requireProductionRole({ role, environment: client.environment });
}

const clientsPaths = (input: { orgNumber: string }) => [
  `/orgs/${input.orgNumber}/clients/test`,
  `/orgs/${input.orgNumber}/clients/prod`,
];
const result = (client: { id: string; name: string }, changeId: string) => ({
  clientRowId: client.id,
  name: client.name,
  changeId,
});

/** Editors and administrators manage clients in test, administrators in production (production-rule.ts); viewers only see them. */
export const createClientAction = orgAction({
  name: "maskinporten-client.create",
  schema: ZCreateClient,
  minimumRole: "EDITOR",
  revalidate: clientsPaths,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: input.environment });
    const { client, changeId } = await createClient({ tx, organisation, input });
    return {
      data: result(client, changeId),
      audit: {
        targetType: "maskinporten-client",
        targetId: client.id,
        summary: `Created client ${client.name} in ${input.environment} with key ${input.publicJwk.kid}`,
      },
    };
  },
});

export const updateClientAction = orgAction({
  name: "maskinporten-client.update",
  schema: ZUpdateClient,
  minimumRole: "EDITOR",
  revalidate: clientsPaths,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForClient(tx, organisation.id, input.clientId, role);
    const { name, description, scopes } = input;
    const { client, changeId } = await updateClient({
      tx,
      organisation,
      clientRowId: input.clientId,
      fields: { name, description, scopes },
    });
    return {
      data: result(client, changeId),
      audit: {
        targetType: "maskinporten-client",
        targetId: client.id,
        summary: `Updated client ${client.name} in ${toUpstreamEnv(client.environment)}`,
      },
    };
  },
});

export const addClientKeyAction = orgAction({
  name: "maskinporten-client.key.add",
  schema: ZAddClientKey,
  minimumRole: "EDITOR",
  revalidate: clientsPaths,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForClient(tx, organisation.id, input.clientId, role);
    const { client, changeId } = await addClientKey({
      tx,
      organisation,
      clientRowId: input.clientId,
      publicJwk: input.publicJwk,
    });
    return {
      data: result(client, changeId),
      audit: {
        targetType: "maskinporten-client",
        targetId: client.id,
        summary: `Added key ${input.publicJwk.kid} to client ${client.name}`,
      },
    };
  },
});

export const removeClientKeyAction = orgAction({
  name: "maskinporten-client.key.remove",
  schema: ZRemoveClientKey,
  minimumRole: "EDITOR",
  revalidate: clientsPaths,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForClient(tx, organisation.id, input.clientId, role);
    const { client, changeId } = await removeClientKey({
      tx,
      organisation,
      clientRowId: input.clientId,
      kid: input.kid,
    });
    return {
      data: result(client, changeId),
      audit: {
        targetType: "maskinporten-client",
        targetId: client.id,
        summary: `Removed key ${input.kid} from client ${client.name}`,
      },
    };
  },
});

export const deleteClientAction = orgAction({
  name: "maskinporten-client.delete",
  schema: ZClientReference,
  minimumRole: "EDITOR",
  revalidate: clientsPaths,
  run: async ({ input, tx, organisation, role }) => {
    await requireRoleForClient(tx, organisation.id, input.clientId, role);
    const { client, changeId } = await deleteClient({ tx, organisation, clientRowId: input.clientId });
    return {
      data: result(client, changeId),
      audit: {
        targetType: "maskinporten-client",
        targetId: client.id,
        summary: `Deleted client ${client.name} in ${toUpstreamEnv(client.environment)}`,
      },
    };
  },
});
