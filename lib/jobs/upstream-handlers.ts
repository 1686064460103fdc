import "server-only";
// Registers the access-request listener with the job runner (lib/jobs/after-upstream-change.ts).
import "@/lib/access-requests/register-access-request-listener";
import {
  deactivateScopeHandler,
  grantScopeAccessHandler,
  revokeScopeAccessHandler,
  upsertScope,
} from "./handlers/scope-handlers";
import { deleteResourceHandler, publishResourceHandler, withdrawResourceHandler } from "./handlers/resource-handlers";
import {
  addAccessListMembersHandler,
  deleteAccessListHandler,
  deleteResourceConnectionHandler,
  putResourceConnectionHandler,
  removeAccessListMembersHandler,
  upsertAccessListHandler,
} from "./handlers/access-list-handlers";
import {
  createClientHandler,
  deleteClientHandler,
  replaceClientJwksHandler,
  updateClientHandler,
} from "./handlers/client-handlers";
import { createConsentRequestHandler } from "./handlers/consent-request-handlers";
import type { TUpstreamHandlers } from "./upstream-kinds";

/** The handler for each kind of upstream change; every one is idempotent. */
export const upstreamHandlers = {
  "maskinporten.scope.upsert": upsertScope,
  "maskinporten.scope.deactivate": deactivateScopeHandler,
  "maskinporten.scope-access.grant": grantScopeAccessHandler,
  "maskinporten.scope-access.revoke": revokeScopeAccessHandler,
  "registry.resource.publish": publishResourceHandler,
  "registry.resource.withdraw": withdrawResourceHandler,
  "registry.resource.delete": deleteResourceHandler,
  "registry.access-list.upsert": upsertAccessListHandler,
  "registry.access-list.delete": deleteAccessListHandler,
  "registry.access-list.members.add": addAccessListMembersHandler,
  "registry.access-list.members.remove": removeAccessListMembersHandler,
  "registry.access-list.resource-connection.put": putResourceConnectionHandler,
  "registry.access-list.resource-connection.delete": deleteResourceConnectionHandler,
  "maskinporten.client.create": createClientHandler,
  "maskinporten.client.update": updateClientHandler,
  "maskinporten.client.jwks.replace": replaceClientJwksHandler,
  "maskinporten.client.delete": deleteClientHandler,
  "altinn.consent-request.create": createConsentRequestHandler,
} satisfies TUpstreamHandlers;
