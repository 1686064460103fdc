import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { addClientKey, removeClientKey } from "./change-client-keys";
import { createClient } from "./create-client";
import { deleteClient } from "./delete-client";
import { ZAddClientKey, ZClientReference, ZCreateClient, ZRemoveClientKey, ZUpdateClient } from "./schemas";
import { updateClient } from "./update-client";

// The Maskinporten client actions, defined against any action client: lib/actions/client-actions.ts binds them to
// the portal's, the tests to one with a chosen user, so the tests exercise these exact definitions (roles included).

type TOrgAction = ReturnType<typeof createActionClient>["orgAction"];

const clientsPaths = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/clients/test`, `/orgs/${input.orgNumber}/clients/prod`];
const env = (environment: "TEST" | "PROD") => environment.toLowerCase();
const result = (client: { id: string; name: string }, changeId: string) => ({ clientRowId: client.id, name: client.name, changeId });

/** Editors and administrators manage clients; viewers only see them. */
export function defineClientActions(orgAction: TOrgAction) {
  return {
    create: orgAction({
      name: "maskinporten-client.create",
      schema: ZCreateClient,
      minimumRole: "EDITOR",
      revalidate: clientsPaths,
      run: async ({ input, tx, organisation }) => {
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
    }),

    update: orgAction({
      name: "maskinporten-client.update",
      schema: ZUpdateClient,
      minimumRole: "EDITOR",
      revalidate: clientsPaths,
      run: async ({ input, tx, organisation }) => {
        const { name, description, scopes } = input;
        const { client, changeId } = await updateClient({ tx, organisation, clientRowId: input.clientId, fields: { name, description, scopes } });
        return {
          data: result(client, changeId),
          audit: { targetType: "maskinporten-client", targetId: client.id, summary: `Updated client ${client.name} in ${env(client.environment)}` },
        };
      },
    }),

    addKey: orgAction({
      name: "maskinporten-client.key.add",
      schema: ZAddClientKey,
      minimumRole: "EDITOR",
      revalidate: clientsPaths,
      run: async ({ input, tx, organisation }) => {
        const { client, changeId } = await addClientKey({ tx, organisation, clientRowId: input.clientId, publicJwk: input.publicJwk });
        return {
          data: result(client, changeId),
          audit: { targetType: "maskinporten-client", targetId: client.id, summary: `Added key ${input.publicJwk.kid} to client ${client.name}` },
        };
      },
    }),

    removeKey: orgAction({
      name: "maskinporten-client.key.remove",
      schema: ZRemoveClientKey,
      minimumRole: "EDITOR",
      revalidate: clientsPaths,
      run: async ({ input, tx, organisation }) => {
        const { client, changeId } = await removeClientKey({ tx, organisation, clientRowId: input.clientId, kid: input.kid });
        return {
          data: result(client, changeId),
          audit: { targetType: "maskinporten-client", targetId: client.id, summary: `Removed key ${input.kid} from client ${client.name}` },
        };
      },
    }),

    delete: orgAction({
      name: "maskinporten-client.delete",
      schema: ZClientReference,
      minimumRole: "EDITOR",
      revalidate: clientsPaths,
      run: async ({ input, tx, organisation }) => {
        const { client, changeId } = await deleteClient({ tx, organisation, clientRowId: input.clientId });
        return {
          data: result(client, changeId),
          audit: { targetType: "maskinporten-client", targetId: client.id, summary: `Deleted client ${client.name} in ${env(client.environment)}` },
        };
      },
    }),
  };
}
