"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { createAccessRequest } from "./create-access-request";
import { decideAccessRequest } from "./decide-access-request";
import { revokeAccessRequest } from "./revoke-access-request";
import { ZCreateAccessRequest, ZDecideAccessRequest, ZRevokeAccessRequest } from "./schemas";

// Requests, decisions and revocations are recorded here; the grants they queue reach Maskinporten and the
// Resource Registry through the worker (lib/platform/jobs), which moves the request on as they settle.

const requestsPath = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/access-requests`];
const approvalsPath = (input: { orgNumber: string; requestId: string }) => [
  `/orgs/${input.orgNumber}/approvals`,
  `/orgs/${input.orgNumber}/approvals/${input.requestId}`,
];

/** Editors and administrators of the consumer ask; viewers only follow. */
export const createAccessRequestAction = orgAction({
  name: "access-request.create",
  schema: ZCreateAccessRequest,
  minimumRole: "EDITOR",
  revalidate: requestsPath,
  run: async ({ input, tx, organisation, user }) => {
    const created = await createAccessRequest({
      tx,
      consumerOrganisationId: organisation.id,
      userId: user.id,
      resourceId: input.resourceId,
      environment: input.environment,
      message: input.message,
    });
    return {
      data: created,
      audit: {
        targetType: "access-request",
        targetId: created.requestId,
        summary: `Requested access to ${created.resourceIdentifier} in ${input.environment}`,
      },
    };
  },
});

/** Only the owner's administrators decide; editors and viewers see the queue read-only. */
export const decideAccessRequestAction = orgAction({
  name: "access-request.decide",
  schema: ZDecideAccessRequest,
  minimumRole: "ADMIN",
  revalidate: approvalsPath,
  run: async ({ input, tx, organisation, user }) => {
    const decided = await decideAccessRequest({
      tx,
      ownerOrganisationId: organisation.id,
      requestId: input.requestId,
      userId: user.id,
      decision: input.decision,
      reason: input.reason,
    });
    const verb = input.decision === "approve" ? "Approved" : "Denied";
    return {
      data: { status: decided.status },
      audit: {
        targetType: "access-request",
        targetId: input.requestId,
        summary: `${verb} access to ${decided.resourceIdentifier} for ${decided.consumerOrgNumber}${input.reason ? `: ${input.reason}` : ""}`,
      },
    };
  },
});

export const revokeAccessRequestAction = orgAction({
  name: "access-request.revoke",
  schema: ZRevokeAccessRequest,
  minimumRole: "ADMIN",
  revalidate: approvalsPath,
  run: async ({ input, tx, organisation, user }) => {
    const revoked = await revokeAccessRequest({
      tx,
      ownerOrganisationId: organisation.id,
      requestId: input.requestId,
      userId: user.id,
      reason: input.reason,
    });
    return {
      data: null,
      audit: {
        targetType: "access-request",
        targetId: input.requestId,
        summary: `Revoked access to ${revoked.resourceIdentifier} for ${revoked.consumerOrgNumber}: ${input.reason}`,
      },
    };
  },
});
