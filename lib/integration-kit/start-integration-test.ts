import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/platform/config/env";
import type { TTx } from "@/lib/platform/db/prisma";
import { validationError, type TFieldErrors } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { buildConsentRequest, draftIssues } from "./consent-request-rules";
import { markKitReturn } from "./kit-return";
import { findKitResource } from "./list-kit-resources";
import type { z } from "zod";
import { INTEGRATION_TEST_TARGET, type ZStartIntegrationTest } from "./schemas";

/**
 * "Try it in test": checks the draft against the resource's published test definition, records the test with
 * the request body and queues its creation in Altinn (acting for the consumer), all in the caller's transaction.
 * The request id is the one the builder showed (else chosen here), so the job may repeat the POST safely; the kit's own return address gets it too,
 * since Altinn's redirect back does not name the request.
 */
export async function startIntegrationTest(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  userId: string;
  input: z.output<typeof ZStartIntegrationTest>;
}) {
  const { tx, organisation, userId, input } = options;
  const resource = await findKitResource(tx, input.resourceIdentifier);
  if (!resource) throw validationError({ resourceIdentifier: ["kitResourceNotInTest"] });
  const issues = draftIssues(input, resource);
  if (issues.length) {
    const fieldErrors: TFieldErrors = {};
    for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    throw validationError(fieldErrors);
  }
  // The id the snippets showed, unless a test already has it (the same preview submitted twice).
  const taken = input.requestId
    ? await tx.integrationTest.findUnique({ where: { id: input.requestId }, select: { id: true } })
    : null;
  const id = input.requestId && !taken ? input.requestId : randomUUID();
  const redirectUrl = markKitReturn(input.redirectUrl, {
    portalUrl: env().NEXTAUTH_URL,
    orgNumber: organisation.orgNumber,
    testId: id,
  });
  const request = buildConsentRequest({
    id,
    consumerOrgNumber: organisation.orgNumber,
    resource,
    draft: { ...input, redirectUrl },
  });
  await tx.integrationTest.create({
    data: {
      id,
      organisationId: organisation.id,
      environment: "TEST",
      resourceIdentifier: resource.identifier,
      request,
      createdById: userId,
    },
  });
  const { changeId } = await enqueueUpstreamChange({
    tx,
    organisationId: organisation.id,
    environment: "TEST",
    kind: "altinn.consent-request.create",
    targetType: INTEGRATION_TEST_TARGET,
    targetId: id,
    payload: { actingFor: organisation.orgNumber, integrationTestId: id },
  });
  return { testId: id, changeId };
}
