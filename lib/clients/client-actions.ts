"use server";

import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { featureActions } from "@/lib/platform/actions/feature-actions";
import { addClientKey, removeClientKey } from "./change-client-keys";
import { createClient } from "./create-client";
import { deleteClient } from "./delete-client";
import { ZAddClientKey, ZClientReference, ZCreateClient, ZRemoveClientKey, ZUpdateClient } from "./schemas";
import { UPDATE_CLIENT_ACTION, updateClient } from "./update-client";
import { type TEnvironment, toUpstreamEnv } from "@/lib/platform/environment";

// Maskinporten client changes are recorded and queued here; the worker sends them to Maskinporten (lib/platform/jobs).
// Only public keys arrive here: key pairs are made in the browser, and the private half never leaves it.

const { action, onRow, audited } = featureActions({
  table: "MaskinportenClient",
  idField: "clientId",
  targetType: "maskinporten-client",
  revalidate: (input) => [`/orgs/${input.orgNumber}/clients/test`, `/orgs/${input.orgNumber}/clients/prod`],
  // The production rule for a change to an existing client; an unknown client is left to the change, which says so.
  requireRole: (role, client) => requireProductionRole({ role, environment: client.environment }),
});
type TClientChange = {
  client: { id: string; name: string; environment: TEnvironment; version?: number; waitsForConsentScopes?: boolean };
  changeId: string | null;
};

/**
 * What every client action answers; an edit's `version` goes with the form's next save. A new client that waits for
 * Digdir's grant has no change yet (`waiting`).
 */
const clientData = ({ client, changeId }: TClientChange) => ({
  clientRowId: client.id,
  name: client.name,
  version: client.version,
  changeId,
  waiting: client.waitsForConsentScopes ?? false,
});

/** Editors and administrators manage clients in test, administrators in production (production-rule.ts); viewers only see them. */
export const createClientAction = action({
  name: "maskinporten-client.create",
  schema: ZCreateClient,
  run: async ({ input, tx, organisation, role }) => {
    requireProductionRole({ role, environment: input.environment });
    const changed = await createClient({ tx, organisation, input });
    const waiting = changed.client.waitsForConsentScopes
      ? ", waiting for Digdir's grant of the consent API scopes"
      : "";
    const summary = `Created client ${changed.client.name} in ${input.environment} with key ${input.publicJwk.kid}${waiting}`;
    return audited(clientData(changed), changed.client.id, summary);
  },
});

export const updateClientAction = onRow({
  name: UPDATE_CLIENT_ACTION,
  schema: ZUpdateClient,
  change: async (input, tx, organisation) => {
    const { clientId, version, name, description, scopes } = input;
    const fields = { name, description, scopes };
    const changed = await updateClient({ tx, organisation, clientRowId: clientId, version, fields });
    const summary = `Updated client ${changed.client.name} in ${toUpstreamEnv(changed.client.environment)}`;
    return { data: clientData(changed), summary };
  },
});

export const addClientKeyAction = onRow({
  name: "maskinporten-client.key.add",
  schema: ZAddClientKey,
  change: async (input, tx, organisation) => {
    const { clientId, publicJwk } = input;
    const changed = await addClientKey({ tx, organisation, clientRowId: clientId, publicJwk });
    return { data: clientData(changed), summary: `Added key ${publicJwk.kid} to client ${changed.client.name}` };
  },
});

export const removeClientKeyAction = onRow({
  name: "maskinporten-client.key.remove",
  schema: ZRemoveClientKey,
  change: async (input, tx, organisation) => {
    const changed = await removeClientKey({ tx, organisation, clientRowId: input.clientId, kid: input.kid });
    return { data: clientData(changed), summary: `Removed key ${input.kid} from client ${changed.client.name}` };
  },
});

export const deleteClientAction = onRow({
  name: "maskinporten-client.delete",
  schema: ZClientReference,
  change: async (input, tx, organisation) => {
    const changed = await deleteClient({ tx, organisation, clientRowId: input.clientId });
    const summary = `Deleted client ${changed.client.name} in ${toUpstreamEnv(changed.client.environment)}`;
    return { data: clientData(changed), summary };
  },
});
