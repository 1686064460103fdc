import { portalMarker } from "@/lib/clients/client-target";
import { differing, type TDriftFields } from "./drift-fields";

// A consumer's Maskinporten client against Maskinporten's: name, description (without the portal's marker, which the
// portal adds when it sends the client: lib/clients/client-jobs.ts), scopes as a set, and public keys by kid.

export type TClientSide = { name: string; description: string; scopes: string[]; kids: string[] };

/** The description as the portal holds it: Maskinporten's with the row's marker (and the space before it) removed. */
export const withoutMarker = (description: string, rowId: string) =>
  description.replace(portalMarker(rowId), "").trim();

export function compareClient(portal: TClientSide, upstream: TClientSide): TDriftFields {
  return differing({
    name: { portal: portal.name, upstream: upstream.name },
    description: { portal: portal.description, upstream: upstream.description },
    scopes: { portal: portal.scopes, upstream: upstream.scopes, asSet: true },
    keys: { portal: portal.kids, upstream: upstream.kids, asSet: true },
  });
}
