"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv } from "@/lib/platform/environment";
import { createAccessRequest } from "./create-access-request";
import { decideAccessRequest } from "./decide-access-request";
import { revokeAccessRequest } from "./revoke-access-request";
import { ZCreateAccessRequest, ZDecideAccessRequest, ZRevokeAccessRequest } from "./schemas";

// Requests, decisions and revocations are recorded here; the grants they queue reach Maskinporten and the
// Resource Registry through the worker (lib/platform/jobs), which moves the request on as they settle.

const audited = auditedAs("access-request");

/** Only the owner's administrators decide and revoke; editors and viewers see the queue read-only. */
const ownerAdmins = {
  minimumRole: "ADMIN",
  revalidate: (input: { orgNumber: string; requestId: string }) => [
    `/orgs/${input.orgNumber}/approvals`,
    `/orgs/${input.orgNumber}/approvals/${input.requestId}`,
  ],
} as const;

/** The owner's side of a decision or a revocation: the input, on which organisation's queue, by whom, in this transaction. */
function ownersRequest<I>(context: { input: I; tx: TTx; organisation: { id: string }; user: { id: string } }) {
  const { input, tx, organisation, user } = context;
  return { ...input, tx, ownerOrganisationId: organisation.id, userId: user.id };
}

/** Editors and administrators of the consumer ask; viewers only follow. */
export const createAccessRequestAction = orgAction({
  name: "access-request.create",
  schema: ZCreateAccessRequest,
  minimumRole: "EDITOR",
  revalidate: (input) => [`/orgs/${input.orgNumber}/access-requests`],
  run: async ({ input, tx, organisation, user }) => {
    const consumerOrganisationId = organisation.id;
    const created = await createAccessRequest({ tx, ...input, consumerOrganisationId, userId: user.id });
    // In words ("test"), not the stored value: English readers see the summary as written.
    const summary = `Requested access to ${created.resourceIdentifier} in ${toUpstreamEnv(input.environment)}`;
    return audited(created, created.requestId, summary);
  },
});

export const decideAccessRequestAction = orgAction({
  name: "access-request.decide",
  schema: ZDecideAccessRequest,
  ...ownerAdmins,
  run: async (context) => {
    const { input } = context;
    const decided = await decideAccessRequest(ownersRequest(context));
    const verb = input.decision === "approve" ? "Approved" : "Denied";
    const why = input.reason ? `: ${input.reason}` : "";
    const summary = `${verb} access to ${decided.resourceIdentifier} for ${decided.consumerOrgNumber}${why}`;
    return audited({ status: decided.status }, input.requestId, summary);
  },
});

export const revokeAccessRequestAction = orgAction({
  name: "access-request.revoke",
  schema: ZRevokeAccessRequest,
  ...ownerAdmins,
  run: async (context) => {
    const { input } = context;
    const revoked = await revokeAccessRequest(ownersRequest(context));
    const summary = `Revoked access to ${revoked.resourceIdentifier} for ${revoked.consumerOrgNumber}: ${input.reason}`;
    return audited(null, input.requestId, summary);
  },
});
