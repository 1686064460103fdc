import type { JWK } from "jose";

/** A Maskinporten scope as the admin API returns it (snake_case, as Digdir's API). */
export interface Scope {
  name: string;
  prefix: string;
  subscope: string;
  description: string;
  long_description?: string;
  visibility: "PUBLIC" | "PRIVATE";
  token_type: "SELF_CONTAINED" | "OPAQUE";
  at_max_age?: number;
  allowed_integration_types: string[];
  delegation_source?: string;
  accessible_for_all: boolean;
  active: boolean;
  owner_orgnr: string;
  created: string;
  last_updated: string;
}

/** A scope owner's grant of one scope to one consumer organisation. */
export interface ScopeAccess {
  scope: string;
  state: "APPROVED" | "DENIED";
  consumer_orgno: string;
  owner_orgno: string;
  created: string;
  last_updated: string;
}

export interface Client {
  client_id: string;
  client_name: string;
  description: string;
  integration_type: "maskinporten";
  scopes: string[];
  token_endpoint_auth_method: "private_key_jwt";
  grant_types: string[];
  client_orgno: string;
  active: boolean;
  created: string;
  last_updated: string;
  /** Public keys the client signs assertions with (kept apart from the client object in API answers). */
  jwks: JWK[];
}

/** A consumer org letting a supplier org (its client) fetch tokens on its behalf for one scope. */
export interface Delegation {
  consumerOrg: string;
  supplierOrg: string;
  scope: string;
}

export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
