import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZConsentRequestDraft } from "./consent-request-draft-schema";

// Inputs of the kit's action and route. The draft's rules that depend on the resource run in
// `draftIssues`, in the browser against the definition shown and on the server against the published one.

export const INTEGRATION_TEST_TARGET = "integration-test";

export const ZStartIntegrationTest = ZConsentRequestDraft.extend({
  orgNumber: ZOrgNumber,
  resourceIdentifier: z.string().trim().min(1, { message: "kitResourceRequired" }),
  /** The id the builder's snippets showed; the request is created with it, so the JSON and the test agree. */
  requestId: z.uuid({ message: "invalid" }).optional(),
});
export type TStartIntegrationTest = z.input<typeof ZStartIntegrationTest>;

export const ZIntegrationTestRef = z.object({ orgNumber: ZOrgNumber, testId: z.uuid({ message: "invalid" }) });
