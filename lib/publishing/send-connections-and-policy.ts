import "server-only";
import { db } from "@/lib/platform/db/prisma";
import type { TUpstreamJobContext } from "@/lib/platform/jobs/define-upstream-job";
import { RetryLaterError, retryWhileMissing } from "@/lib/platform/jobs/upstream-job-kit";
import { putResourceConnection } from "@/lib/platform/upstream/access-lists-client";
import { putResourcePolicy } from "@/lib/platform/upstream/resource-registry-client";
import { approversOf, buildConsentPolicy } from "./build-consent-policy";
import { connectedAccessLists, sameAccessLists, type TConnectedAccessList } from "./connected-access-lists";
import type { TPublishPayload } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/** Rounds of "send the policy, read the lists again" before leaving it to the queue's retry. */
const POLICY_ROUNDS = 3;

/** The lists connected now; the policy is built from these when the job runs, never from what was queued. */
export const listsNow = (change: { environment: TEnvironment }, payload: TPublishPayload) =>
  connectedAccessLists({
    db: db(),
    ownerOrgNumber: payload.owner.orgNumber,
    resourceIdentifier: payload.definition.identifier,
    environment: change.environment,
  });

export const policyFor = (payload: TPublishPayload, lists: readonly TConnectedAccessList[]) =>
  buildConsentPolicy({
    identifier: payload.definition.identifier,
    orgCode: payload.owner.orgCode,
    accessListMode: payload.definition.accessListMode,
    accessListIdentifiers: lists.map((list) => list.identifier),
    approvers: approversOf(payload.definition),
  });

/**
 * Connects the lists linked in the portal (a link made before the resource was in the registry could not be) and
 * sends the policy naming them. Then reads the links again: if they changed while this ran (a concurrent link,
 * unlink or an older job finishing late), the registry may hold a stale policy, so it is sent again. Whichever
 * job writes last has read the links after its write, so the registry ends with the lists the portal has.
 */
export async function sendConnectionsAndPolicy({
  payload,
  change,
  acting,
}: TUpstreamJobContext<TPublishPayload>): Promise<void> {
  const identifier = payload.definition.identifier;
  let lists = await listsNow(change, payload);
  for (let round = 0; round < POLICY_ROUNDS; round++) {
    for (const list of lists) {
      await retryWhileMissing(
        putResourceConnection(
          { ...acting, owner: payload.owner.orgCode },
          list.identifier,
          identifier,
          list.actionFilters,
        ),
        `The access list ${list.identifier} is not in the registry yet`,
      );
    }
    await putResourcePolicy(acting, identifier, policyFor(payload, lists));
    const after = await listsNow(change, payload);
    if (sameAccessLists(after, lists)) return;
    lists = after;
  }
  throw new RetryLaterError(`The access lists connected to ${identifier} kept changing while its policy was sent`);
}
