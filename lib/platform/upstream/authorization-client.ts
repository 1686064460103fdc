import "server-only";
import { z } from "zod";
import { authorizationHttp, type ActingFor } from "./authorized-http-clients";

// Altinn's decision point, `POST /authorization/api/v1/authorize` (Altinn/altinn-authorization-tmp
// src/apps/Altinn.Authorization/src/Altinn.Authorization/Controllers/DecisionController.cs, AuthorizeExternal; scope
// `altinn:authorization/authorize`): one XACML JSON request (Models/External/XacmlJsonRequestRootExternal.cs) naming
// the subject's attributes, the resource and the action; the answer's first result carries the decision.

export const AUTHORIZE_SCOPE = "altinn:authorization/authorize";

export type TDecisionRequest = {
  resourceId: string;
  action: string;
  /** The subject's attributes, e.g. `urn:altinn:organization:identifier-no` or `urn:altinn:rolecode`. */
  subject: { attributeId: string; value: string }[];
};

const ZDecisionResponse = z.object({
  response: z
    .array(
      z.object({
        decision: z.string(),
        status: z.object({ statusMessage: z.string().nullish() }).passthrough().nullish(),
      }),
    )
    .min(1),
});

export type TDecision = { decision: string; message: string | null };

const category = (attributes: { attributeId: string; value: string }[]) => [{ attribute: attributes }];

export async function authorizeDecision(target: ActingFor, request: TDecisionRequest): Promise<TDecision> {
  const { data } = await authorizationHttp(target, AUTHORIZE_SCOPE).request({
    method: "POST",
    path: "/authorize",
    // A decision reads nothing and changes nothing: safe to send again.
    idempotent: true,
    body: {
      request: {
        accessSubject: category(request.subject),
        action: category([{ attributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: request.action }]),
        resource: category([{ attributeId: "urn:altinn:resource", value: request.resourceId }]),
      },
    },
    schema: ZDecisionResponse,
  });
  const [result] = data.response;
  return { decision: result!.decision, message: result!.status?.statusMessage ?? null };
}
