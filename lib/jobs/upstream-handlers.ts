import "server-only";
import {
  deactivateScopeHandler,
  grantScopeAccessHandler,
  revokeScopeAccessHandler,
  upsertScope,
} from "./handlers/scope-handlers";
import { deleteResourceHandler, publishResourceHandler, withdrawResourceHandler } from "./handlers/resource-handlers";
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
} satisfies TUpstreamHandlers;
