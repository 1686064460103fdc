import { registerStore } from "../state/store-registry";

/**
 * Altinn Authorization as Ansattporten asks it: which single rights (Altinn 3 resources, `ansattporten:altinn:resource`)
 * a person has been given for which organisation (and, for the supplier-delegation API's decision point, which access
 * packages `urn:altinn:accesspackage:{code}` and roles `urn:altinn:rolecode:{code}` they hold there). Ansattporten only lists rights delegated on a resource ("Bruker må ha
 * fått tildelt tilgang til enkelttjeneste i Altinn", felleslosninger/docs _docs/ansattporten/ansattporten_rar.md), so the
 * emulator keeps exactly that: pid → organisation number → resource ids. Seeded, changed by /_emulator/altinn-rights,
 * restored by /_emulator/reset.
 */
export type AltinnRights = Map<string, Map<string, Set<string>>>;

export const PORTAL_RESOURCES = {
  admin: "consent-portal-admin",
  write: "consent-portal-write",
  read: "consent-portal-read",
} as const;

/** What the Resource Registry would call the portal's resources (`resource_name` in the token). */
export const RESOURCE_NAMES: Readonly<Record<string, string>> = {
  [PORTAL_RESOURCES.admin]: "Samtykkeportalen – administrere virksomhetens oppsett",
  [PORTAL_RESOURCES.write]: "Samtykkeportalen – endre virksomhetens oppsett",
  [PORTAL_RESOURCES.read]: "Samtykkeportalen – lese virksomhetens oppsett",
};

/**
 * The access package Altinn 3 gives the managing director and other key roles (DAGL, LEDE, INNH, ...): it lets a
 * person administer the organisation's Maskinporten delegations, and so its suppliers
 * (accessmanagement/scope-delegation-decision.ts). Kept beside the resources as its URN; the picker never lists it.
 */
const MASKINPORTEN_ADMINISTRATOR = "urn:altinn:accesspackage:maskinporten-administrator";

/**
 * Mirrors the portal's demo memberships (prisma/demo-data.ts) as Altinn rights, plus Demo Forsikring AS (310149942), an
 * organisation the portal does not know yet: Nora Dahl may administer it, Eirik Moen may only read it. Jonas Lie holds
 * nothing (the "no rights" case). The two demo organisations' administrators also hold Maskinporten administrator.
 */
const SEED: ReadonlyArray<{ pid: string; orgNumber: string; resources: string[] }> = [
  { pid: "21818297804", orgNumber: "974761076", resources: [PORTAL_RESOURCES.admin, MASKINPORTEN_ADMINISTRATOR] },
  { pid: "25922947409", orgNumber: "313876144", resources: [PORTAL_RESOURCES.admin, MASKINPORTEN_ADMINISTRATOR] },
  { pid: "25922947409", orgNumber: "974761076", resources: [PORTAL_RESOURCES.write] },
  { pid: "03867199348", orgNumber: "974761076", resources: [PORTAL_RESOURCES.read] },
  { pid: "12839120247", orgNumber: "991825827", resources: [PORTAL_RESOURCES.admin] },
  { pid: "15859023441", orgNumber: "310149942", resources: [PORTAL_RESOURCES.admin] },
  { pid: "22918834501", orgNumber: "310149942", resources: [PORTAL_RESOURCES.read] },
];

function seeded(): AltinnRights {
  const rights: AltinnRights = new Map();
  for (const { pid, orgNumber, resources } of SEED) setRights(pid, orgNumber, resources, rights);
  return rights;
}

let rights = seeded();

registerStore("altinnRights", {
  reset: () => (rights = seeded()),
  snapshot: () => listRights(),
});

/** `urn:altinn:resource:x` or `x` → `x`. */
export function resourceId(value: string): string {
  return value.startsWith("urn:altinn:resource:") ? value.slice("urn:altinn:resource:".length) : value;
}

/** Replaces the person's rights for one organisation; an empty list removes them. */
export function setRights(pid: string, orgNumber: string, resources: readonly string[], store = rights): void {
  const ids = new Set(resources.map(resourceId));
  const person = store.get(pid) ?? new Map<string, Set<string>>();
  if (ids.size) person.set(orgNumber, ids);
  else person.delete(orgNumber);
  if (person.size) store.set(pid, person);
  else store.delete(pid);
}

/** Removes the person's rights for one organisation, or for all when none is named; true when something was there. */
export function deleteRights(pid: string, orgNumber?: string): boolean {
  const person = rights.get(pid);
  if (!person) return false;
  if (orgNumber === undefined) return rights.delete(pid);
  const removed = person.delete(orgNumber);
  if (!person.size) rights.delete(pid);
  return removed;
}

/** The organisations (and which of `resourceIds`) the person holds at least one of the resources for. */
export function rightsFor(pid: string, resourceIds: readonly string[]): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const [orgNumber, resources] of rights.get(pid) ?? []) {
    const matching = resourceIds.filter((id) => resources.has(id));
    if (matching.length) held.set(orgNumber, matching);
  }
  return held;
}

export interface RightsEntry {
  pid: string;
  orgNumber: string;
  resources: string[];
}

export function listRights(pid?: string): RightsEntry[] {
  return [...rights]
    .filter(([owner]) => pid === undefined || owner === pid)
    .flatMap(([owner, orgs]) =>
      [...orgs].map(([orgNumber, resources]) => ({ pid: owner, orgNumber, resources: [...resources].sort() })),
    );
}
