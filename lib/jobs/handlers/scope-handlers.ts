import "server-only";
import { z } from "zod";
import {
  createScope,
  deactivateScope,
  grantScopeAccess,
  revokeScopeAccess,
  updateScope,
  ZCreateScopeRequest,
} from "@/lib/upstream/maskinporten-scopes-client";
import { isUpstreamError } from "@/lib/upstream/upstream-error";
import type { TUpstreamChangeForHandler } from "../upstream-kinds";
import { toUpstreamEnvironment } from "./environment";

const ZScopeUpsert = z.object({ actingFor: z.string(), scope: ZCreateScopeRequest });
const ZScopeName = z.object({ actingFor: z.string(), scope: z.string() });
const ZScopeAccess = z.object({ actingFor: z.string(), scope: z.string(), consumerOrg: z.string() });

const target = (change: TUpstreamChangeForHandler, actingFor: string) => ({
  environment: toUpstreamEnvironment(change.environment),
  actingFor,
});

/**
 * Creates the scope, or updates it when it exists. A create whose response was lost (timeout) is
 * retried as a 409 here and becomes an update, so the scope is created exactly once.
 */
export async function upsertScope(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, scope } = ZScopeUpsert.parse(change.payload);
  try {
    await createScope(target(change, actingFor), scope);
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 409) throw error;
    const { prefix, subscope, ...mutable } = scope;
    await updateScope(target(change, actingFor), `${prefix}:${subscope}`, mutable);
  }
}

/** Maskinporten never deletes a scope; deactivating one that is already gone is done. */
export async function deactivateScopeHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, scope } = ZScopeName.parse(change.payload);
  try {
    await deactivateScope(target(change, actingFor), scope);
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 404) throw error;
  }
}

/** Granting is a PUT: doing it twice is one grant. */
export async function grantScopeAccessHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, scope, consumerOrg } = ZScopeAccess.parse(change.payload);
  await grantScopeAccess(target(change, actingFor), scope, consumerOrg);
}

export async function revokeScopeAccessHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, scope, consumerOrg } = ZScopeAccess.parse(change.payload);
  await revokeScopeAccess(target(change, actingFor), scope, consumerOrg);
}
