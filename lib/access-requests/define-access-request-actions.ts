import "server-only";
import type { createActionClient } from "@/lib/actions/action-client";
import { createAccessRequest } from "./create-access-request";
import { decideAccessRequest } from "./decide-access-request";
import { revokeAccessRequest } from "./revoke-access-request";
import { ZCreateAccessRequest, ZDecideAccessRequest, ZRevokeAccessRequest } from "./schemas";

// Defined against any action client: lib/actions/access-request-actions.ts binds them to the portal's, and
// the tests to one with a chosen user, so the tests exercise these exact definitions (roles included).

type TOrgAction = ReturnType<typeof createActionClient>["orgAction"];

const requestsPath = (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/access-requests`];
const approvalsPath = (input: { orgNumber: string; requestId: string }) => [
  `/orgs/${input.orgNumber}/approvals`,
  `/orgs/${input.orgNumber}/approvals/${input.requestId}`,
];

export function defineAccessRequestActions(orgAction: TOrgAction) {
  return {
    /** Editors and administrators of the consumer ask; viewers only follow. */
    create: orgAction({
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
    }),

    /** Only the owner's administrators decide; editors and viewers see the queue read-only. */
    decide: orgAction({
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
    }),

    revoke: orgAction({
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
    }),
  };
}
