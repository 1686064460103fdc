import "server-only";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { ZDeletePayload, ZPublishPayload } from "@/lib/publishing/publication-payload";
import { toServiceResource } from "@/lib/publishing/to-service-resource";
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

/**
 * Publishes a version: creates the resource, or replaces it when it exists (a create whose answer was
 * lost meets 409 on retry and becomes a PUT), then replaces its policy. Both steps are idempotent.
 */
export async function publishResourceHandler(change: TUpstreamChangeForHandler): Promise<void> {
  const { actingFor, owner, version, definition } = ZPublishPayload.parse(change.payload);
  const resource = toServiceResource(definition, owner, { version });
  try {
    await createResource(target(change, actingFor), resource);
  } catch (error) {
    if (!(error instanceof ResourceExistsError)) throw error;
    await updateResource(target(change, actingFor), resource);
  }
  const policy = buildConsentPolicy({ identifier: definition.identifier, orgCode: owner.orgCode, accessListMode: definition.accessListMode });
  await putResourcePolicy(target(change, actingFor), definition.identifier, policy);
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
