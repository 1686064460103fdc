import "server-only";
import { z } from "zod";
import { type ActingFor, maskinportenAdminHttp } from "./authorized-http-clients";

// Maskinporten scopes through Digdir's admin API (`/scopes`, admin scope `idporten:scopes.write`): the API scopes a
// service owner offers, and which consumer organisations may use them. DELETE only deactivates a scope; a subscope
// cannot be renamed. Request shapes are strict, responses lenient (upstream adds fields over time).

const SCOPES_WRITE = "idporten:scopes.write";

export const ZScopeVisibility = z.enum(["PUBLIC", "PRIVATE"]);

export const ZCreateScopeRequest = z.object({
  prefix: z.string().regex(/^[a-z0-9]+$/),
  subscope: z.string().regex(/^[a-z0-9]+([./][a-z0-9]+)*$/),
  description: z.string().min(1),
  long_description: z.string().optional(),
  visibility: ZScopeVisibility,
  token_type: z.enum(["SELF_CONTAINED", "OPAQUE"]).optional(),
  at_max_age: z.number().int().positive().optional(),
  allowed_integration_types: z.array(z.string()).default(["maskinporten"]),
  delegation_source: z.string().optional(),
  accessible_for_all: z.boolean().default(false),
});
export type TCreateScopeRequest = z.input<typeof ZCreateScopeRequest>;

/** Everything but the name may change. */
export const ZUpdateScopeRequest = ZCreateScopeRequest.omit({ prefix: true, subscope: true }).partial();
export type TUpdateScopeRequest = z.input<typeof ZUpdateScopeRequest>;

export const ZMaskinportenScope = z.looseObject({
  name: z.string().optional(),
  prefix: z.string(),
  subscope: z.string(),
  description: z.string().optional(),
  long_description: z.string().nullish(),
  active: z.boolean().optional(),
  visibility: z.string().optional(),
  token_type: z.string().optional(),
  at_max_age: z.number().optional(),
  allowed_integration_types: z.array(z.string()).optional(),
  delegation_source: z.string().nullish(),
  accessible_for_all: z.boolean().optional(),
  owner_orgno: z.string().optional(),
  created: z.string().optional(),
  last_updated: z.string().optional(),
});
export type TMaskinportenScope = z.infer<typeof ZMaskinportenScope>;

export const ZScopeAccess = z.looseObject({
  scope: z.string(),
  state: z.string().optional(),
  consumer_orgno: z.string(),
  owner_orgno: z.string().optional(),
  created: z.string().optional(),
  last_updated: z.string().optional(),
});
export type TScopeAccess = z.infer<typeof ZScopeAccess>;

const http = (target: ActingFor) => maskinportenAdminHttp(target, SCOPES_WRITE);

export async function createScope(target: ActingFor, scope: TCreateScopeRequest): Promise<TMaskinportenScope> {
  const body = ZCreateScopeRequest.parse(scope);
  return (await http(target).request({ method: "POST", path: "scopes", body, schema: ZMaskinportenScope })).data;
}

export async function updateScope(
  target: ActingFor,
  name: string,
  changes: TUpdateScopeRequest,
): Promise<TMaskinportenScope> {
  const body = ZUpdateScopeRequest.parse(changes);
  return (
    await http(target).request({
      method: "PUT",
      path: "scopes",
      query: { scope: name },
      body,
      schema: ZMaskinportenScope,
    })
  ).data;
}

/** The scope, or null when it does not exist. */
export async function getScope(target: ActingFor, name: string): Promise<TMaskinportenScope | null> {
  const { data } = await http(target).request({
    method: "GET",
    path: "scopes",
    query: { scope: name },
    schema: ZMaskinportenScope,
    acceptStatuses: [404],
  });
  return data;
}

/** The scopes owned by the organisation acted for. */
export async function listOwnScopes(target: ActingFor): Promise<TMaskinportenScope[]> {
  return (await http(target).request({ method: "GET", path: "scopes", schema: z.array(ZMaskinportenScope) })).data;
}

/** Maskinporten never deletes a scope; this sets it inactive. */
export async function deactivateScope(target: ActingFor, name: string): Promise<void> {
  await http(target).request({ method: "DELETE", path: "scopes", query: { scope: name } });
}

export async function grantScopeAccess(
  target: ActingFor,
  name: string,
  consumerOrgNumber: string,
): Promise<TScopeAccess | undefined> {
  const { data } = await http(target).request({
    method: "PUT",
    path: `scopes/access/${encodeURIComponent(consumerOrgNumber)}`,
    query: { scope: name },
    schema: ZScopeAccess.optional(),
  });
  return data;
}

export async function revokeScopeAccess(target: ActingFor, name: string, consumerOrgNumber: string): Promise<void> {
  await http(target).request({
    method: "DELETE",
    path: `scopes/access/${encodeURIComponent(consumerOrgNumber)}`,
    query: { scope: name },
  });
}

export async function listScopeAccess(target: ActingFor, name: string): Promise<TScopeAccess[]> {
  return (
    await http(target).request({
      method: "GET",
      path: "scopes/access",
      query: { scope: name },
      schema: z.array(ZScopeAccess),
    })
  ).data;
}
