import { randomUUID } from "node:crypto";
import { sendJson } from "../../http-helpers";
import { isAccessibleTo, kidsInUse } from "../maskinporten-store";
import { type Client, JWT_BEARER_GRANT } from "../model";
import { bodyObject, optionalString, requiredString, stringArray } from "./admin-body";
import { type AdminRequest, badRequest, notFound, requireScope } from "./admin-request";
import { validateJwks } from "./jwks-validation";

const READ = ["idporten:dcr.read", "idporten:dcr.modify", "idporten:dcr.write"];
const MODIFY = ["idporten:dcr.modify", "idporten:dcr.write"];
const WRITE = ["idporten:dcr.write"];

/** POST /clients: a Maskinporten client owned by the acting org; its scopes must be ones that org may use. */
export function createClient(request: AdminRequest): void {
  requireScope(request, WRITE);
  const body = bodyObject(request.body);
  if (body.integration_type !== "maskinporten") throw badRequest('integration_type must be "maskinporten"');
  const method = body.token_endpoint_auth_method ?? "private_key_jwt";
  if (method !== "private_key_jwt") throw badRequest('token_endpoint_auth_method must be "private_key_jwt"');
  const grantTypes = stringArray(body, "grant_types") ?? [JWT_BEARER_GRANT];
  if (grantTypes.length !== 1 || grantTypes[0] !== JWT_BEARER_GRANT)
    throw badRequest(`grant_types must be ["${JWT_BEARER_GRANT}"]`);
  const jwks = body.jwks === undefined ? [] : validateJwks(body.jwks, kidsInUse(request.state));
  const now = new Date().toISOString();
  const client: Client = {
    client_id: randomUUID(),
    client_name: requiredString(body, "client_name"),
    description: optionalString(body, "description") ?? "",
    integration_type: "maskinporten",
    scopes: checkedScopes(request, stringArray(body, "scopes") ?? []),
    token_endpoint_auth_method: "private_key_jwt",
    grant_types: grantTypes,
    client_orgno: request.caller.orgNumber,
    active: true,
    created: now,
    last_updated: now,
    jwks,
  };
  request.state.clients.set(client.client_id, client);
  sendJson(request.res, 201, view(client));
}

export function listClients(request: AdminRequest): void {
  requireScope(request, READ);
  const own = [...request.state.clients.values()].filter((client) => client.client_orgno === request.caller.orgNumber);
  sendJson(request.res, 200, own.map(view));
}

export function readClient(request: AdminRequest, clientId: string): void {
  requireScope(request, READ);
  sendJson(request.res, 200, view(ownClient(request, clientId)));
}

/** PUT /clients/{id}: name, description and scopes may change; owner and integration type may not. */
export function updateClient(request: AdminRequest, clientId: string): void {
  requireScope(request, MODIFY);
  const client = ownClient(request, clientId);
  const body = bodyObject(request.body);
  if (body.client_orgno !== undefined && body.client_orgno !== client.client_orgno)
    throw badRequest("client_orgno cannot be changed");
  if (body.integration_type !== undefined && body.integration_type !== "maskinporten") {
    throw badRequest('integration_type must be "maskinporten"');
  }
  const scopes = stringArray(body, "scopes");
  Object.assign(client, {
    client_name: body.client_name === undefined ? client.client_name : requiredString(body, "client_name"),
    description: optionalString(body, "description") ?? client.description,
    scopes: scopes ? checkedScopes(request, scopes) : client.scopes,
    last_updated: new Date().toISOString(),
  });
  sendJson(request.res, 200, view(client));
}

export function deleteClient(request: AdminRequest, clientId: string): void {
  requireScope(request, WRITE);
  ownClient(request, clientId);
  request.state.clients.delete(clientId);
  request.res.writeHead(204).end();
}

export function readClientJwks(request: AdminRequest, clientId: string): void {
  requireScope(request, READ);
  sendJson(request.res, 200, { keys: ownClient(request, clientId).jwks });
}

/** POST and PUT /clients/{id}/jwks both replace the whole key set, as in Maskinporten. */
export function replaceClientJwks(request: AdminRequest, clientId: string): void {
  requireScope(request, MODIFY);
  const client = ownClient(request, clientId);
  client.jwks = validateJwks(request.body, kidsInUse(request.state, client.client_id));
  client.last_updated = new Date().toISOString();
  sendJson(request.res, 200, { keys: client.jwks });
}

/** Another org's client is reported as unknown, so client ids of other orgs cannot be probed. */
function ownClient(request: AdminRequest, clientId: string): Client {
  const client = request.state.clients.get(clientId);
  if (!client || client.client_orgno !== request.caller.orgNumber) throw notFound(`Unknown client ${clientId}`);
  return client;
}

function checkedScopes(request: AdminRequest, scopes: string[]): string[] {
  for (const name of scopes) {
    const scope = request.state.scopes.get(name);
    if (!scope || !scope.active) throw badRequest(`Scope ${name} does not exist or is inactive`);
    if (!isAccessibleTo(request.state, scope, request.caller.orgNumber)) {
      throw badRequest(`Organisation ${request.caller.orgNumber} has no access to scope ${name}`);
    }
  }
  return [...new Set(scopes)];
}

function view(client: Client): Omit<Client, "jwks"> {
  const { jwks: _jwks, ...rest } = client;
  return rest;
}
