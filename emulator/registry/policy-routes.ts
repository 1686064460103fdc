import { requireAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import { registryProblems } from "./registry-problems";
import { readRawBody } from "./request-body";
import { assertCallerOwnsResource } from "./resource-owner";
import { getResource, savePolicy } from "./resource-store";
import type { RouteContext, Router } from "./router";
import { parsePolicy } from "./xacml-policy";

const WRITE_SCOPES = ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/resource.admin"];

/**
 * The policy upload is multipart/form-data with the XACML file in `policyFile`, as in
 * ResourceController. The platform's own multipart parser (undici's Response.formData)
 * does the parsing, so no dependency is needed.
 */
async function readPolicyFile(context: RouteContext): Promise<string> {
  const type = context.req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw registryProblems.validation({ policyFile: ["Send the policy as multipart/form-data with the field policyFile"] });
  }
  const body = await readRawBody(context.req);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw registryProblems.validation({ policyFile: ["The multipart body could not be parsed"] });
  }
  const file = form.get("policyFile");
  if (file === null) throw registryProblems.validation({ policyFile: ["The field policyFile is missing"] });
  return typeof file === "string" ? file : await file.text();
}

async function uploadPolicy(context: RouteContext, status: number): Promise<void> {
  const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
  const id = context.params.id ?? "";
  const stored = getResource(context.env, id);
  if (!stored) throw registryProblems.notFound(`Resource ${id} does not exist`);
  assertCallerOwnsResource(caller, stored.resource);
  const xml = await readPolicyFile(context);
  const rules = parsePolicy(xml, id);
  savePolicy(context.env, id, xml, rules);
  sendJson(context.res, status, { identifier: id, rules });
}

export function addPolicyRoutes(router: Router): void {
  router.on("GET", "/resource/:id/policy", ({ res, env, params }) => {
    const policy = getResource(env, params.id ?? "")?.policy;
    if (!policy) throw registryProblems.notFound(`Resource ${params.id} has no policy`);
    res.writeHead(200, { "content-type": "application/xml; charset=utf-8", "cache-control": "no-store" });
    res.end(policy.xml);
  });
  router.on("POST", "/resource/:id/policy", (context) => uploadPolicy(context, 201));
  router.on("PUT", "/resource/:id/policy", (context) => uploadPolicy(context, 200));
}
