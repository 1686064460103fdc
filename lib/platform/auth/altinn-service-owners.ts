import "server-only";
import { z } from "zod";

// Altinn's list of service owners, `altinn-orgs.json`: `{ orgs: { <org code>: { name: {nb, nn, en}, orgnr, logo,
// homepage, environments } } }` (Altinn/altinn-resource-registry, src/Altinn.ResourceRegistry.Core/Models/OrgList.cs and
// Org.cs; read from `OrgListEndpoint` in src/Altinn.ResourceRegistry/appsettings.json). Only `orgnr` is needed: an
// organisation set up at its first admin login gets the org code under which Altinn lists it.

const ZAltinnOrgs = z.object({
  orgs: z.record(z.string(), z.object({ orgnr: z.string().nullish() }).loose()),
});

const TIMEOUT_MS = 5_000;
/** The portal's rule for org codes (lib/organisations/schemas.ts): lowercase letters and digits. */
const ORG_CODE = /^[a-z][a-z0-9]{1,19}$/;

/**
 * The Altinn org code of each organisation number in the list, for the numbers asked about. Throws when the list
 * cannot be read (the caller decides what a login does without it).
 */
export async function findServiceOwners(options: { url: string; orgNumbers: string[] }): Promise<Map<string, string>> {
  const response = await fetch(options.url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
  if (!response.ok) throw new Error(`Altinn's list of service owners answered ${response.status}`);
  // The CDN serves it with a byte-order mark on some days; JSON.parse does not accept one.
  const text = (await response.text()).replace(/^\uFEFF/, "");
  const { orgs } = ZAltinnOrgs.parse(JSON.parse(text));
  const wanted = new Set(options.orgNumbers);
  const found = new Map<string, string>();
  for (const [code, org] of Object.entries(orgs)) {
    const orgCode = code.toLowerCase();
    if (org.orgnr && wanted.has(org.orgnr) && ORG_CODE.test(orgCode) && !found.has(org.orgnr)) {
      found.set(org.orgnr, orgCode);
    }
  }
  return found;
}
