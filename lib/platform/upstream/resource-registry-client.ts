import "server-only";
import { z } from "zod";
import { type ActingFor, resourceRegistryHttp } from "./authorized-http-clients";
import { UpstreamError } from "./upstream-error";

// Consent resources in Altinn's Resource Registry (`/resource`, ResourceController.cs; model ServiceResource.cs,
// camelCase JSON) and their XACML policies. Calls use an Altinn token exchanged from a Maskinporten token with
// `altinn:resourceregistry/resource.write`. The registry does not validate consent fields: callers must.

const RESOURCE_WRITE = ["altinn:resourceregistry/resource.write"];

const ZLanguages = z.looseObject({ nb: z.string().optional(), nn: z.string().optional(), en: z.string().optional() });

export const ZServiceResource = z.looseObject({
  identifier: z.string(),
  version: z.string().nullish(),
  title: ZLanguages.nullish(),
  description: ZLanguages.nullish(),
  rightDescription: ZLanguages.nullish(),
  status: z.string().nullish(),
  contactPoints: z
    .array(
      z.looseObject({
        category: z.string().nullish(),
        email: z.string().nullish(),
        telephone: z.string().nullish(),
        contactPage: z.string().nullish(),
      }),
    )
    .nullish(),
  resourceReferences: z
    .array(
      z.looseObject({
        referenceSource: z.string().nullish(),
        reference: z.string().nullish(),
        referenceType: z.string().nullish(),
      }),
    )
    .nullish(),
  delegable: z.boolean().nullish(),
  visible: z.boolean().nullish(),
  hasCompetentAuthority: z
    .looseObject({ organization: z.string().nullish(), orgcode: z.string().nullish(), name: ZLanguages.nullish() })
    .nullish(),
  keywords: z.array(z.looseObject({ word: z.string(), language: z.string().nullish() })).nullish(),
  accessListMode: z.string().nullish(),
  resourceType: z.string().nullish(),
  availableForType: z.array(z.string()).nullish(),
  consentTemplate: z.string().nullish(),
  consentText: ZLanguages.nullish(),
  consentMetadata: z.record(z.string(), z.looseObject({ optional: z.boolean().optional() })).nullish(),
  isOneTimeConsent: z.boolean().nullish(),
});
export type TServiceResource = z.infer<typeof ZServiceResource>;

/** POST /resource answered 409: a resource with this identifier exists (maybe owned by someone else). */
export class ResourceExistsError extends UpstreamError {
  constructor(
    error: UpstreamError,
    readonly identifier: string,
  ) {
    super({ ...error.fields(), code: error.code ?? "resource_exists" }, { cause: error });
    this.name = "ResourceExistsError";
  }
}

/**
 * The resource references Maskinporten scopes whose prefix is not the caller's. The registry answers 401 with a
 * validation problem `{errors: {InvalidPrefix: [scope, ...]}}` (altinn-resource-registry `ResourceController.cs`
 * Post/Put, `MaskinportenSchemaAuthorizer.CreateErrorResponseMissingPrefix`). Despite the status this is not an
 * authentication failure: a fresh token or a retry changes nothing, the owner must change the scope references.
 */
export class ScopePrefixError extends UpstreamError {
  constructor(
    error: UpstreamError,
    readonly scopes: string[],
  ) {
    const named = scopes.join(", ");
    const detail =
      scopes.length === 1
        ? `The scope ${named} does not belong to your organisation's prefix: reference one of your own scopes.`
        : `The scopes ${named} do not belong to your organisation's prefix: reference your own scopes.`;
    super({ ...error.fields(), code: "InvalidPrefix", detail, retryable: false }, { cause: error });
    this.name = "ScopePrefixError";
  }
}

/** The registry's 401 InvalidPrefix as a ScopePrefixError; anything else unchanged. */
function scopePrefixError(error: unknown): unknown {
  if (!(error instanceof UpstreamError) || error.status !== 401) return error;
  const scopes = error.fieldErrors?.InvalidPrefix;
  return scopes?.length ? new ScopePrefixError(error, scopes) : error;
}

const path = (id: string) => `resource/${encodeURIComponent(id)}`;

export async function getResource(target: ActingFor, id: string): Promise<TServiceResource | null> {
  const http = resourceRegistryHttp(target, RESOURCE_WRITE);
  return (await http.request({ method: "GET", path: path(id), schema: ZServiceResource, acceptStatuses: [404] })).data;
}

export async function listResources(target: ActingFor): Promise<TServiceResource[]> {
  const http = resourceRegistryHttp(target, RESOURCE_WRITE);
  return (await http.request({ method: "GET", path: "resource/resourcelist", schema: z.array(ZServiceResource) })).data;
}

// Writes are read as text and their bodies ignored: POST answers 201 with an empty body (`Created(location, null)`),
// PUT 200 with none, the policy upload 201 with none (ResourceController.cs); the OpenAPI document says 200 for POST.

/** Creates the resource; a 409 becomes a ResourceExistsError, a 401 InvalidPrefix a ScopePrefixError. */
export async function createResource(target: ActingFor, resource: TServiceResource): Promise<void> {
  try {
    await resourceRegistryHttp(target, RESOURCE_WRITE).request({
      method: "POST",
      path: "resource",
      body: resource,
      expectText: true,
    });
  } catch (error) {
    if (error instanceof UpstreamError && error.status === 409)
      throw new ResourceExistsError(error, resource.identifier);
    throw scopePrefixError(error);
  }
}

/** Replaces the resource; the registry requires the path id to equal `resource.identifier`. */
export async function updateResource(target: ActingFor, resource: TServiceResource): Promise<void> {
  try {
    await resourceRegistryHttp(target, RESOURCE_WRITE).request({
      method: "PUT",
      path: path(resource.identifier),
      body: resource,
      expectText: true,
    });
  } catch (error) {
    throw scopePrefixError(error);
  }
}

export async function deleteResource(target: ActingFor, id: string): Promise<void> {
  await resourceRegistryHttp(target, RESOURCE_WRITE).request({ method: "DELETE", path: path(id), expectText: true });
}

/** The XACML policy as XML, or null when the resource has none. */
export async function getResourcePolicy(target: ActingFor, id: string): Promise<string | null> {
  const http = resourceRegistryHttp(target, RESOURCE_WRITE);
  const { data } = await http.request<string>({
    method: "GET",
    path: `${path(id)}/policy`,
    expectText: true,
    acceptStatuses: [404],
  });
  return data;
}

/** Uploads the XACML policy as the multipart field `policyFile` (the registry reads no JSON here). */
export async function putResourcePolicy(target: ActingFor, id: string, xacml: string): Promise<void> {
  const form = new FormData();
  form.append("policyFile", new Blob([xacml], { type: "application/xml" }), "policy.xml");
  await resourceRegistryHttp(target, RESOURCE_WRITE).request({
    method: "PUT",
    path: `${path(id)}/policy`,
    multipart: form,
    expectText: true,
  });
}
