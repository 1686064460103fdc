import { altinnHeaders } from "./altinn-token";

// The Resource Registry's API as an organisation's client calls it, for the emulator's tests and the e2e specs.

export const registryUrl = (emulatorUrl: string, env: "test" | "prod" = "test") =>
  `${emulatorUrl}/${env}/platform/resourceregistry/api/v1`;

/** A JSON call with an Altinn token; `headers` go beside the JSON ones (e.g. If-Match). */
export function registryCall(
  token: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method,
    headers: altinnHeaders(token, headers),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Uploads a resource's XACML policy as the registry takes it: multipart, the file in `policyFile`. */
export function uploadPolicy(
  registry: string,
  token: string,
  resourceId: string,
  xml: string,
  method = "POST",
): Promise<Response> {
  const form = new FormData();
  form.set("policyFile", new Blob([xml], { type: "application/xml" }), "policy.xml");
  return fetch(`${registry}/resource/${resourceId}/policy`, {
    method,
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}
