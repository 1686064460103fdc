import { registerStore } from "../state/store-registry";
import { ENVIRONMENTS, type EnvName } from "../state/environments";

export interface ResourceConnection {
  /** null: every action of the resource's policy. */
  actionFilters: string[] | null;
  createdAt: string;
  updatedAt: string;
}

export interface AccessList {
  owner: string;
  identifier: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  /** Strong ETag value; changes with every change to the list, its members or its connections. */
  etag: string;
  /** Organisation number → when it became a member. */
  members: Map<string, string>;
  /** The same organisation numbers, sorted, so pages can continue after a given number. */
  sortedMembers: string[];
  connections: Map<string, ResourceConnection>;
}

const lists = new Map<EnvName, Map<string, AccessList>>(ENVIRONMENTS.map((env) => [env, new Map()]));
// One counter for all lists, so a list deleted and created again never repeats an ETag.
let versionCounter = 0;

function of(env: EnvName): Map<string, AccessList> {
  const map = lists.get(env);
  if (!map) throw new Error(`unknown environment ${env}`);
  return map;
}

const key = (owner: string, identifier: string) => `${owner}/${identifier}`;

/** Records a change: new ETag and updatedAt. */
export function touch(list: AccessList): void {
  list.etag = `"${++versionCounter}"`;
  list.updatedAt = new Date().toISOString();
}

export function getAccessList(env: EnvName, owner: string, identifier: string): AccessList | undefined {
  return of(env).get(key(owner, identifier));
}

/** The owner's lists sorted by identifier, the order the real registry pages them in. */
export function accessListsOf(env: EnvName, owner: string): AccessList[] {
  return [...of(env).values()]
    .filter((list) => list.owner === owner)
    .sort((a, b) => (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0));
}

export function allAccessLists(env: EnvName): Iterable<AccessList> {
  return of(env).values();
}

export function createAccessList(env: EnvName, owner: string, identifier: string, name: string, description: string): AccessList {
  const now = new Date().toISOString();
  const list: AccessList = {
    owner,
    identifier,
    name,
    description,
    createdAt: now,
    updatedAt: now,
    etag: "",
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

/** Adds organisations (set semantics). Linear merge into the sorted array keeps 50,000 members cheap. */
export function addMembers(list: AccessList, orgNumbers: string[]): void {
  const now = new Date().toISOString();
  const added = [...new Set(orgNumbers)].filter((org) => !list.members.has(org)).sort();
  if (!added.length) return;
  for (const org of added) list.members.set(org, now);
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

export function removeMembers(list: AccessList, orgNumbers: string[]): void {
  const removed = new Set(orgNumbers.filter((org) => list.members.has(org)));
  if (!removed.size) return;
  for (const org of removed) list.members.delete(org);
  list.sortedMembers = list.sortedMembers.filter((org) => !removed.has(org));
  touch(list);
}

export function replaceMembers(list: AccessList, orgNumbers: string[]): void {
  const wanted = new Set(orgNumbers);
  const since = new Map(list.members);
  list.members = new Map([...wanted].map((org) => [org, since.get(org) ?? new Date().toISOString()]));
  list.sortedMembers = [...wanted].sort();
  touch(list);
}

/** Up to `size` members after `after` (exclusive), found by binary search in the sorted array. */
export function memberPage(list: AccessList, after: string | undefined, size: number): { items: string[]; last?: string } {
  let low = 0;
  let high = list.sortedMembers.length;
  while (after !== undefined && low < high) {
    const middle = (low + high) >>> 1;
    if ((list.sortedMembers[middle] ?? "") <= after) low = middle + 1;
    else high = middle;
  }
  const items = list.sortedMembers.slice(low, low + size);
  const more = low + size < list.sortedMembers.length;
  return { items, last: more ? items[items.length - 1] : undefined };
}

registerStore("resourceRegistry.accessLists", {
  reset() {
    for (const map of lists.values()) map.clear();
  },
  snapshot() {
    return Object.fromEntries(
      ENVIRONMENTS.map((env) => [
        env,
        [...of(env).values()].map((list) => ({
          owner: list.owner,
          identifier: list.identifier,
          name: list.name,
          description: list.description,
          etag: list.etag,
          memberCount: list.members.size,
          // The first members only: a 50,000-member list would swamp the snapshot.
          members: list.sortedMembers.slice(0, 1000),
          resourceConnections: Object.fromEntries(list.connections),
        })),
      ]),
    );
  },
});
