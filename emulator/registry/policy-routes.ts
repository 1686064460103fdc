import { requireAltinnToken } from "../altinn/require-altinn-token";
import { registryProblems } from "./registry-problems";
import { readRawBody } from "./request-body";
import { assertWriteAccess } from "./resource-owner";
import { getResource, savePolicy } from "./resource-store";
import { RegistryAnswer, type RouteContext, type Router } from "./router";
import { parsePolicy, PolicyRejected } from "./xacml-policy";

const WRITE_SCOPES = ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/resource.admin"];

/**
 * The upload is multipart/form-data with the XACML file in `policyFile` (ResourceController.WritePolicy's
 * IFormFile; [ApiController] makes such an action consume only multipart/form-data, so another type is 415).
 * The platform's own multipart parser (undici's Response.formData) does the parsing.
 */
async function readPolicyFile(context: RouteContext): Promise<string> {
  const type = context.req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) throw registryProblems.status(415);
  const body = await readRawBody(context.req);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw registryProblems.badRequestText("The policy file can not be null");
  }
  const file = form.get("policyFile");
  if (file === null) throw registryProblems.badRequestText("The policy file can not be null");
  return typeof file === "string" ? file : await file.text();
}

/**
 * POST and PUT do the same and both answer 201 with `Location: {id}/policy` and no body. An unknown
 * resource is 400 "Unknown resource" (not 404); a caller without write access a bare 403.
 */
async function uploadPolicy(context: RouteContext): Promise<void> {
  const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
  const xml = await readPolicyFile(context);
  const id = context.params.id ?? "";
  const stored = getResource(context.env, id);
  if (!stored) throw registryProblems.badRequestText("Unknown resource");
  assertWriteAccess(caller, stored.resource);
  try {
    const { document, rules } = parsePolicy(xml, id);
    savePolicy(context.env, id, xml, document, rules);
  } catch (error) {
    if (!(error instanceof PolicyRejected)) throw error;
    if (error.status === 400) throw registryProblems.badRequestText(error.message);
    throw registryProblems.status(500);
  }
  context.res.writeHead(201, { location: `${id}/policy`, "content-length": 0 }).end();
}

export function addPolicyRoutes(router: Router): void {
  // Reads are public. ResourceController.GetPolicy returns the stored file as text/xml named policy.xml.
  router.on("GET", "/resource/:id/policy", ({ res, env, params }) => {
    const stored = getResource(env, params.id ?? "");
    if (!stored) throw new RegistryAnswer(404, "Unable to find resource", "text/plain; charset=utf-8");
    if (!stored.policy) throw new RegistryAnswer(404, "Unable to find requested policy", "text/plain; charset=utf-8");
    res.writeHead(200, {
      "content-type": "text/xml",
      "content-disposition": "attachment; filename=policy.xml; filename*=UTF-8''policy.xml",
      "cache-control": "no-store",
    });
    res.end(stored.policy.xml);
  });
  router.on("POST", "/resource/:id/policy", uploadPolicy);
  router.on("PUT", "/resource/:id/policy", uploadPolicy);
}
