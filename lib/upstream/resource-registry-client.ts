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
    .array(z.looseObject({ category: z.string().nullish(), email: z.string().nullish(), telephone: z.string().nullish(), contactPage: z.string().nullish() }))
    .nullish(),
  resourceReferences: z
    .array(z.looseObject({ referenceSource: z.string().nullish(), reference: z.string().nullish(), referenceType: z.string().nullish() }))
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

const path = (id: string) => `resource/${encodeURIComponent(id)}`;

export async function getResource(target: ActingFor, id: string): Promise<TServiceResource | null> {
  const http = resourceRegistryHttp(target, RESOURCE_WRITE);
  return (await http.request({ method: "GET", path: path(id), schema: ZServiceResource, acceptStatuses: [404] })).data;
}

export async function listResources(target: ActingFor): Promise<TServiceResource[]> {
  const http = resourceRegistryHttp(target, RESOURCE_WRITE);
  return (await http.request({ method: "GET", path: "resource/resourcelist", schema: z.array(ZServiceResource) })).data;
}

/** Creates the resource (201); a 409 becomes a ResourceExistsError. */
export async function createResource(target: ActingFor, resource: TServiceResource): Promise<void> {
  try {
    await resourceRegistryHttp(target, RESOURCE_WRITE).request({ method: "POST", path: "resource", body: resource });
  } catch (error) {
    if (error instanceof UpstreamError && error.status === 409) throw new ResourceExistsError(error, resource.identifier);
    throw error;
  }
}

/** Replaces the resource; the registry requires the path id to equal `resource.identifier`. */
export async function updateResource(target: ActingFor, resource: TServiceResource): Promise<void> {
  await resourceRegistryHttp(target, RESOURCE_WRITE).request({ method: "PUT", path: path(resource.identifier), body: resource });
}

export async function deleteResource(target: ActingFor, id: string): Promise<void> {
  await resourceRegistryHttp(target, RESOURCE_WRITE).request({ method: "DELETE", path: path(id) });
}

/** The XACML policy as XML, or null when the resource has none. */
export async function getResourcePolicy(target: ActingFor, id: string): Promise<string | null> {
  const http = resourceRegistryHttp(target, RESOURCE_WRITE);
  const { data } = await http.request<string>({ method: "GET", path: `${path(id)}/policy`, expectText: true, acceptStatuses: [404] });
  return data;
}

/** Uploads the XACML policy as the multipart field `policyFile` (the registry reads no JSON here). */
export async function putResourcePolicy(target: ActingFor, id: string, xacml: string): Promise<void> {
  const form = new FormData();
  form.append("policyFile", new Blob([xacml], { type: "application/xml" }), "policy.xml");
  await resourceRegistryHttp(target, RESOURCE_WRITE).request({ method: "PUT", path: `${path(id)}/policy`, multipart: form });
}
