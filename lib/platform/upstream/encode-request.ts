import type { RequestOptions } from "./http-base-client";

/** The headers and body of one attempt: JSON, form, multipart or text, with the Authorization header fetched anew. */
export async function encodeRequest(
  options: RequestOptions<unknown>,
  getAuthHeader: (() => Promise<string>) | undefined,
): Promise<{ headers: Headers; body?: BodyInit }> {
  const headers = new Headers({ accept: options.expectText ? "text/plain, application/json" : "application/json" });
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  if (getAuthHeader) headers.set("authorization", await getAuthHeader());
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.body);
  } else if (options.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(options.form).toString();
  } else if (options.multipart) {
    body = options.multipart; // fetch sets the multipart boundary itself
  } else if (options.text !== undefined) {
    if (!headers.has("content-type")) headers.set("content-type", "text/plain; charset=utf-8");
    body = options.text;
  }
  return { headers, body };
}
