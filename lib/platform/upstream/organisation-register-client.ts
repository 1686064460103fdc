import "server-only";
import { z } from "zod";
import { HttpBaseClient } from "./http-base-client";
import { upstream } from "./upstream-context";

// Organisation names from Brønnøysund's Enhetsregisteret (`GET {base}/enheter/{orgnr}`, open data, no auth).
// Answers are cached in memory: names rarely change, and pages list many organisations at once.

const ZEnhet = z.looseObject({ organisasjonsnummer: z.string(), navn: z.string() });

export interface TOrganisation {
  orgNumber: string;
  name: string;
}

const FOUND_TTL_MS = 60 * 60 * 1000;
const NOT_FOUND_TTL_MS = 5 * 60 * 1000;
const MAX_ENTRIES = 5_000;
const cache = new Map<string, { value: Promise<TOrganisation | null>; expiresAt: number }>();

async function fetchOrganisation(orgNumber: string): Promise<TOrganisation | null> {
  const http = new HttpBaseClient({
    baseUrl: upstream().config("prod").organisationRegisterUrl,
    name: "enhetsregisteret",
  });
  // 410 Gone: a deleted entity; to the portal that is the same as unknown.
  const { data } = await http.request({
    method: "GET",
    path: `enheter/${encodeURIComponent(orgNumber)}`,
    schema: ZEnhet,
    acceptStatuses: [404, 410],
  });
  return data === null ? null : { orgNumber: data.organisasjonsnummer, name: data.navn };
}

/** The organisation's registered name, or null when the register does not know the number. */
export async function lookupOrganisation(orgNumber: string): Promise<TOrganisation | null> {
  if (!/^\d{9}$/.test(orgNumber)) return null;
  const now = Date.now();
  const hit = cache.get(orgNumber);
  if (hit && hit.expiresAt > now) return hit.value;

  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  const value = fetchOrganisation(orgNumber);
  cache.set(orgNumber, { value, expiresAt: now + FOUND_TTL_MS });
  value.then(
    (organisation) => {
      if (organisation === null) cache.set(orgNumber, { value, expiresAt: Date.now() + NOT_FOUND_TTL_MS });
    },
    () => cache.delete(orgNumber), // failures are not cached
  );
  return value;
}

export function clearOrganisationCache(): void {
  cache.clear();
}
