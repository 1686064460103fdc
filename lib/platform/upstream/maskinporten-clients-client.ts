import "server-only";
import { z } from "zod";
import { type ActingFor, maskinportenAdminHttp } from "./authorized-http-clients";

// Maskinporten clients through Digdir's admin API (`/clients`, admin scopes `idporten:dcr.read|modify|write`):
// a data consumer's integration per environment, and its public keys. The key set is replaced as a whole (at most
// 5 RS256 keys of 2048 bits or more, each with a globally unique kid).

const DCR_READ = "idporten:dcr.read";
const DCR_MODIFY = "idporten:dcr.modify";
const DCR_WRITE = "idporten:dcr.write";

export const ZClientRequest = z.object({
  integration_type: z.literal("maskinporten").default("maskinporten"),
  client_name: z.string().min(1),
  description: z.string().min(1),
  scopes: z.array(z.string()),
  token_endpoint_auth_method: z.literal("private_key_jwt").default("private_key_jwt"),
  grant_types: z
    .array(z.literal("urn:ietf:params:oauth:grant-type:jwt-bearer"))
    .default(["urn:ietf:params:oauth:grant-type:jwt-bearer"]),
});
export type TClientRequest = z.input<typeof ZClientRequest>;

export const ZMaskinportenClient = z.looseObject({
  client_id: z.string(),
  client_name: z.string().optional(),
  description: z.string().optional(),
  scopes: z.array(z.string()).default([]),
  integration_type: z.string().optional(),
  client_orgno: z.string().optional(),
  token_endpoint_auth_method: z.string().optional(),
  grant_types: z.array(z.string()).optional(),
  active: z.boolean().optional(),
  created: z.string().optional(),
  last_updated: z.string().optional(),
});
export type TMaskinportenClient = z.infer<typeof ZMaskinportenClient>;

export const ZPublicRsaJwk = z.object({
  kty: z.literal("RSA"),
  alg: z.literal("RS256"),
  use: z.literal("sig"),
  kid: z.string().min(1),
  e: z.string().min(1),
  // 2048 bits = 256 bytes = 342 base64url characters.
  n: z.string().min(342, { error: "the key must be at least 2048 bits" }),
});
export type TPublicRsaJwk = z.infer<typeof ZPublicRsaJwk>;

export const ZJwksRequest = z.object({
  keys: z
    .array(ZPublicRsaJwk)
    .max(5, { error: "at most 5 keys" })
    .refine((keys) => new Set(keys.map((key) => key.kid)).size === keys.length, { error: "kids must be unique" }),
});

export const ZClientJwks = z.looseObject({
  keys: z.array(z.looseObject({ kid: z.string().optional(), kty: z.string() })).default([]),
});
export type TClientJwks = z.infer<typeof ZClientJwks>;

const path = (clientId: string) => `clients/${encodeURIComponent(clientId)}`;

export async function createClient(target: ActingFor, client: TClientRequest): Promise<TMaskinportenClient> {
  const body = ZClientRequest.parse(client);
  const http = maskinportenAdminHttp(target, DCR_WRITE);
  return (await http.request({ method: "POST", path: "clients", body, schema: ZMaskinportenClient })).data;
}

export async function getClient(target: ActingFor, clientId: string): Promise<TMaskinportenClient | null> {
  const http = maskinportenAdminHttp(target, DCR_READ);
  return (
    await http.request({ method: "GET", path: path(clientId), schema: ZMaskinportenClient, acceptStatuses: [404] })
  ).data;
}

/** The clients owned by the organisation acted for. */
export async function listClients(target: ActingFor): Promise<TMaskinportenClient[]> {
  const http = maskinportenAdminHttp(target, DCR_READ);
  return (await http.request({ method: "GET", path: "clients", schema: z.array(ZMaskinportenClient) })).data;
}

export async function updateClient(
  target: ActingFor,
  clientId: string,
  client: TClientRequest,
): Promise<TMaskinportenClient> {
  const body = ZClientRequest.parse(client);
  const http = maskinportenAdminHttp(target, DCR_MODIFY);
  return (await http.request({ method: "PUT", path: path(clientId), body, schema: ZMaskinportenClient })).data;
}

export async function deleteClient(target: ActingFor, clientId: string): Promise<void> {
  await maskinportenAdminHttp(target, DCR_WRITE).request({ method: "DELETE", path: path(clientId) });
}

export async function getClientJwks(target: ActingFor, clientId: string): Promise<TClientJwks> {
  const http = maskinportenAdminHttp(target, DCR_READ);
  const { data } = await http.request({
    method: "GET",
    path: `${path(clientId)}/jwks`,
    schema: ZClientJwks.optional(),
  });
  return data ?? { keys: [] };
}

/** Replaces the whole key set (PUT: idempotent, so retried on transient failures). */
export async function replaceClientJwks(
  target: ActingFor,
  clientId: string,
  keys: TPublicRsaJwk[],
): Promise<TClientJwks> {
  const body = ZJwksRequest.parse({ keys });
  const http = maskinportenAdminHttp(target, DCR_MODIFY);
  const { data } = await http.request({
    method: "PUT",
    path: `${path(clientId)}/jwks`,
    body,
    schema: ZClientJwks.optional(),
  });
  return data ?? body;
}
