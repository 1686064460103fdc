import type { EnvName } from "../state/environments";
import { perEnvironmentStore } from "../state/per-environment-store";
import { type PartyIdentifiers, partyOfOrg } from "./party-identifiers";

export interface ResourceConnection {
  /** The actions the connection allows; empty means every action (the registry stores `null` as []). */
  actions: string[];
  createdAt: string;
  updatedAt: string;
}

export interface AccessListMember {
  orgNumber: string;
  since: string;
}

export interface AccessList {
  owner: string;
  identifier: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  /** The aggregate version behind the ETag; changes with every change to the list, its members or its connections. */
  version: number;
  /** Party UUID → member (the registry keys members by party UUID). */
  members: Map<string, AccessListMember>;
  /** The same party UUIDs, sorted: the registry pages members in party-UUID order. */
  sortedMembers: string[];
  connections: Map<string, ResourceConnection>;
}

const of = perEnvironmentStore<AccessList>("resourceRegistry.accessLists", (lists) =>
  [...lists.values()].map((list) => ({
    owner: list.owner,
    identifier: list.identifier,
    name: list.name,
    description: list.description,
    version: list.version,
    memberCount: list.members.size,
    // The first members only (as organisation numbers): a 50,000-member list would swamp the snapshot.
    members: list.sortedMembers.slice(0, 1000).map((uuid) => list.members.get(uuid)?.orgNumber),
    resourceConnections: Object.fromEntries(list.connections),
  })),
);
// One counter for all lists, so a list deleted and created again never repeats an ETag.
let versionCounter = 0;

const key = (owner: string, identifier: string) => `${owner}/${identifier}`;

/** Records a change: new version (ETag) and updatedAt. */
export function touch(list: AccessList): void {
  list.version = ++versionCounter;
  list.updatedAt = new Date().toISOString();
}

export function getAccessList(env: EnvName, owner: string, identifier: string): AccessList | undefined {
  return of(env).get(key(owner, identifier));
}

/** The owner's lists sorted by identifier, the order the registry pages them in (AccessListsRepository: ORDER BY identifier). */
export function accessListsOf(env: EnvName, owner: string): AccessList[] {
  return [...of(env).values()]
    .filter((list) => list.owner === owner)
    .sort((a, b) => (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0));
}

/** The lists the organisation is a member of, whatever they are connected to (the registry's get-by-member). */
export function accessListsWithMember(env: EnvName, orgNumber: string): AccessList[] {
  const { partyUuid } = partyOfOrg(orgNumber);
  return [...of(env).values()].filter((list) => list.members.has(partyUuid));
}

export function createAccessList(
  env: EnvName,
  owner: string,
  identifier: string,
  name: string,
  description: string,
): AccessList {
  const now = new Date().toISOString();
  const list: AccessList = {
    owner,
    identifier,
    name,
    description,
    createdAt: now,
    updatedAt: now,
    version: 0,
    members: new Map(),
    sortedMembers: [],
    connections: new Map(),
  };
  touch(list);
  of(env).set(key(owner, identifier), list);
  return list;
}

export function deleteAccessList(env: EnvName, list: AccessList): void {
  of(env).delete(key(list.owner, list.identifier));
}

/** Adds parties (set semantics). Linear merge into the sorted array keeps 50,000 members cheap. */
export function addMembers(list: AccessList, parties: PartyIdentifiers[]): void {
  const now = new Date().toISOString();
  const added = [...new Set(parties.map((party) => party.partyUuid))].filter((uuid) => !list.members.has(uuid)).sort();
  if (!added.length) return;
  for (const party of parties) {
    if (!list.members.has(party.partyUuid))
      list.members.set(party.partyUuid, { orgNumber: party.orgNumber, since: now });
  }
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  const old = list.sortedMembers;
  while (i < old.length || j < added.length) {
    const next = j >= added.length || (i < old.length && (old[i] ?? "") < (added[j] ?? "")) ? old[i++] : added[j++];
    merged.push(next ?? "");
  }
  list.sortedMembers = merged;
  touch(list);
}

export function removeMembers(list: AccessList, parties: PartyIdentifiers[]): void {
  const removed = new Set(parties.map((party) => party.partyUuid).filter((uuid) => list.members.has(uuid)));
  if (!removed.size) return;
  for (const uuid of removed) list.members.delete(uuid);
  list.sortedMembers = list.sortedMembers.filter((uuid) => !removed.has(uuid));
  touch(list);
}

/** Replaces the members; keeps `since` of those who stay, and changes nothing (no new version) when the set is equal. */
export function replaceMembers(list: AccessList, parties: PartyIdentifiers[]): void {
  const wanted = new Map(parties.map((party) => [party.partyUuid, party]));
  const unchanged = wanted.size === list.members.size && [...wanted.keys()].every((uuid) => list.members.has(uuid));
  if (unchanged) return;
  const now = new Date().toISOString();
  list.members = new Map(
    [...wanted].map(([uuid, party]) => [uuid, list.members.get(uuid) ?? { orgNumber: party.orgNumber, since: now }]),
  );
  list.sortedMembers = [...wanted.keys()].sort();
  touch(list);
}

/**
 * Up to `size` members from `from` (inclusive), found by binary search in the sorted array; `next`
 * is the first member of the following page, which is what the registry's continuation token holds.
 */
export function memberPage(
  list: AccessList,
  from: string | undefined,
  size: number,
): { items: string[]; next?: string } {
  let low = 0;
  let high = list.sortedMembers.length;
  while (from !== undefined && low < high) {
    const middle = (low + high) >>> 1;
    if ((list.sortedMembers[middle] ?? "") < from) low = middle + 1;
    else high = middle;
  }
  const items = list.sortedMembers.slice(low, low + size);
  return { items, next: list.sortedMembers[low + size] };
}
