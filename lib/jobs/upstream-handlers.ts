import "server-only";
import {
  deactivateScopeHandler,
  grantScopeAccessHandler,
  revokeScopeAccessHandler,
  upsertScope,
} from "./handlers/scope-handlers";
import type { TUpstreamHandlers } from "./upstream-kinds";

/** The handler for each kind of upstream change; every one is idempotent. */
export const upstreamHandlers = {
  "maskinporten.scope.upsert": upsertScope,
  "maskinporten.scope.deactivate": deactivateScopeHandler,
  "maskinporten.scope-access.grant": grantScopeAccessHandler,
  "maskinporten.scope-access.revoke": revokeScopeAccessHandler,
} satisfies TUpstreamHandlers;
