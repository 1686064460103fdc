import "server-only";
import { db } from "@/lib/db/prisma";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { connectedAccessLists, sameAccessLists, type TConnectedAccessList } from "@/lib/publishing/connected-access-lists";
import { type TPublishPayload, ZDeletePayload, ZPublishPayload } from "@/lib/publishing/publication-payload";
import { toServiceResource } from "@/lib/publishing/to-service-resource";
import { putResourceConnection } from "@/lib/upstream/access-lists-client";
import {
  createResource,
  deleteResource,
  putResourcePolicy,
  ResourceExistsError,
  updateResource,
} from "@/lib/upstream/resource-registry-client";
import { isUpstreamError } from "@/lib/upstream/upstream-error";
import type { TUpstreamChangeForHandler } from "../upstream-kinds";
import { toUpstreamEnvironment } from "./environment";

const target = (change: TUpstreamChangeForHandler, actingFor: string) => ({
  environment: toUpstreamEnvironment(change.environment),
  actingFor,
});

/** Rounds of "send the policy, read the lists again" before leaving it to the queue's retry. */
export const POLICY_ROUNDS = 3;

/** The lists connected now; the policy is built from these when the job runs, never from what was queued. */
const listsNow = (change: TUpstreamChangeForHandler, payload: TPublishPayload) =>
  connectedAccessLists({
    db: db(),
    ownerOrgNumber: payload.owner.orgNumber,
    resourceIdentifier: payload.definition.identifier,
    environment: change.environment,
  });

const policyFor = (payload: TPublishPayload, lists: readonly TConnectedAccessList[]) =>
  buildConsentPolicy({
    identifier: payload.definition.identifier,
    orgCode: payload.owner.orgCode,
    accessListMode: payload.definition.accessListMode,
    accessListIdentifiers: lists.map((list) => list.identifier),
  });

/**
 * Connects the lists linked in the portal (a link made before the resource was in the registry could not be) and
 * sends the policy naming them. Then reads the links again: if they changed while this ran (a concurrent link,
 * unlink or an older job finishing late), the registry may hold a stale policy, so it is sent again. Whichever
 * job writes last has read the links after its write, so the registry ends with the lists the portal has.
 */
async function sendConnectionsAndPolicy(change: TUpstreamChangeForHandler, payload: TPublishPayload): Promise<void> {
  const at = target(change, payload.actingFor);
  const identifier = payload.definition.identifier;
  let lists = await listsNow(change, payload);
  for (let round = 0; round < POLICY_ROUNDS; round++) {
    for (const list of lists) {
      try {
        await putResourceConnection({ ...at, owner: payload.owner.orgCode }, list.identifier, identifier, list.actionFilters);
      } catch (error) {
        // The list's own upsert may still be queued (jobs run concurrently): let the queue try again later.
        if (isUpstreamError(error) && error.status === 404) {
          throw Object.assign(new Error(`The access list ${list.identifier} is not in the registry yet`), { retryable: true });
        }
        throw error;
      }
    }
    await putResourcePolicy(at, identifier, policyFor(payload, lists));
    const after = await listsNow(change, payload);
    if (sameAccessLists(after, lists)) return;
    lists = after;
  }
  throw Object.assign(new Error(`The access lists connected to ${identifier} kept changing while its policy was sent`), {
    retryable: true,
  });
}

/**
 * Publishes a version: creates the resource, or replaces it when it exists (a create whose answer was lost meets
 * 409 on retry and becomes a PUT), connects its access lists and replaces its policy. Every step is idempotent.
 * Also queued when a list is linked to or unlinked from a published resource (lib/publishing/queue-policy-update.ts).
 */
export async function publishResourceHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const payload = ZPublishPayload.parse(change.payload);
  const { actingFor, owner, version, definition } = payload;
  // Before anything is sent: a resource restricted to lists with none connected is refused whole
  // (AccessListRequiredError), not left half-published with its old policy.
  policyFor(payload, await listsNow(change, payload));
  const resource = toServiceResource(definition, owner, { version });
  try {
    await createResource(target(change, actingFor), resource);
  } catch (error) {
    if (!(error instanceof ResourceExistsError)) throw error;
    await updateResource(target(change, actingFor), resource);
  }
  await sendConnectionsAndPolicy(change, payload);
}

/** Withdrawing keeps the resource but marks it Withdrawn; one that is already gone is withdrawn enough. */
export async function withdrawResourceHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, owner, version, definition } = ZPublishPayload.parse(change.payload);
  try {
    await updateResource(target(change, actingFor), toServiceResource(definition, owner, { version, status: "Withdrawn" }));
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 404) throw error;
  }
}

/** Deleting a resource that is not there (404) is done. */
export async function deleteResourceHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, identifier } = ZDeletePayload.parse(change.payload);
  try {
    await deleteResource(target(change, actingFor), identifier);
  } catch (error) {
    if (!isUpstreamError(error) || error.status !== 404) throw error;
  }
}
