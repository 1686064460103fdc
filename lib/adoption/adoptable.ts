import type { TDefinitionProblem } from "@/lib/consent-resources/definition-problems";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TScope } from "@/lib/scopes/scope-dto";
import type { TDecodedPolicy } from "./decode-consent-policy";

// What the adoption page lists: each kind of upstream object not yet in the portal, read live. A kind whose
// upstream could not be read carries the error instead, so the page says what is missing rather than going blank.

export const ADOPTABLE_KINDS = ["scope", "resource", "accessList", "client"] as const;
export type TAdoptableKind = (typeof ADOPTABLE_KINDS)[number];

/** A scope as the portal shows one (lib/scopes/scope-dto.ts), before it has a row, with its consumers. */
export type TAdoptableScope = Omit<TScope, "id" | "environment" | "version"> & {
  key: string;
  /** Organisation numbers of the consumers granted the scope. */
  consumers: string[];
};

export type TAdoptableResource = {
  key: string;
  identifier: string;
  title: string;
  /** The registry's `version` as a whole number, when it has one: the portal's version numbering continues from it. */
  registryVersion: number | null;
  definition: TConsentResourceDefinition;
  problems: TDefinitionProblem[];
  /** The policy read into the portal's rules; null when the resource has none or it is no XACML policy. */
  policy: TDecodedPolicy | null;
  /** The XML as the registry holds it, shown when it does not decode without reasons. */
  policyXml: string | null;
  /** Scopes the resource references that the portal does not know in this organisation (adopt them too). */
  unknownScopes: string[];
};

export type TAdoptableAccessList = {
  key: string;
  identifier: string;
  name: string;
  description: string;
  memberCount: number;
  connections: { resourceIdentifier: string; actionFilters: string[]; inPortal: boolean }[];
};

export type TAdoptableClient = {
  key: string;
  clientId: string;
  name: string;
  description: string;
  scopes: string[];
  /** Public keys only (the JWKS), by kid. */
  kids: string[];
};

export type TSection<T> = { items: T[]; error?: undefined } | { items?: undefined; error: string };

export type TAdoptionInventory = {
  scopes?: TSection<TAdoptableScope>;
  resources?: TSection<TAdoptableResource>;
  accessLists?: TSection<TAdoptableAccessList>;
  clients: TSection<TAdoptableClient>;
};
