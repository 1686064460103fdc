import type {
  TAccessListEntry,
  TDefinitionsDocument,
  TPlannedChange,
  TResourceEntry,
  TScopeEntry,
} from "./definitions-schema";
import { changedLanguages, documentationChanges } from "./documentation-entry";
import { changedFields } from "./same-value";

// The difference between what the portal holds (its export) and a document, as planned changes. Pure, so the plan
// can be tested without a database; `applyDefinitions` carries the same changes out.

const keyed = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));
const list = (values: string[]) => (values.length > 10 ? `${values.slice(0, 10).join(", ")}, …` : values.join(", "));

function planScopes(current: TScopeEntry[], desired: TDefinitionsDocument): TPlannedChange[] {
  const existing = keyed(current, (scope) => scope.subscope);
  const changes: TPlannedChange[] = [];
  for (const scope of desired.scopes) {
    const now = existing.get(scope.subscope);
    const { subscope: key, ...fields } = scope;
    if (!now) {
      changes.push({
        action: "create",
        kind: "scope",
        key,
        fields: Object.keys(fields),
        summary: `Create scope ${key}`,
      });
      continue;
    }
    const { subscope: _subscope, ...nowFields } = now;
    const changed = changedFields(nowFields, fields);
    if (changed.length > 0)
      changes.push({
        action: "update",
        kind: "scope",
        key,
        fields: changed,
        summary: `Update scope ${key}: ${list(changed)}`,
      });
  }
  return changes;
}

function planResource(now: TResourceEntry | undefined, resource: TResourceEntry): TPlannedChange[] {
  const key = resource.identifier;
  const changes: TPlannedChange[] = [];
  const changed = now ? changedFields(now.definition, resource.definition) : ["definition"];
  // Publishing follows the document: a new version of a resource published here is published again.
  const publishes = resource.published && (changed.length > 0 || !now?.published);
  const withdraws = !resource.published && now?.published === true;
  const fields = [...changed, ...(publishes || withdraws ? ["published"] : [])];
  if (fields.length > 0) {
    const what = !now ? "Create consent resource" : changed.length > 0 ? "Save a new version of" : "Change";
    const publication = publishes ? " and publish it" : withdraws ? " and withdraw it" : "";
    const detail = now && changed.length > 0 ? `: ${list(changed)}` : "";
    changes.push({
      action: now ? "update" : "create",
      kind: "consentResource",
      key,
      fields,
      summary: `${what} ${key}${detail}${publication}`,
    });
  }
  const documentation = resource.documentation;
  const docFields = documentation ? documentationChanges(now?.documentation, documentation) : [];
  if (docFields.length > 0) {
    const action = now?.documentation ? "update" : "create";
    const languages = changedLanguages(docFields).join(", ");
    changes.push({
      action,
      kind: "documentation",
      key,
      fields: docFields,
      summary: `Write documentation of ${key} (${languages})`,
    });
  }
  return changes;
}

function planAccessList(now: TAccessListEntry | undefined, accessList: TAccessListEntry): TPlannedChange[] {
  const key = accessList.identifier;
  const changes: TPlannedChange[] = [];
  const { name, description } = accessList;
  if (!now) {
    changes.push({
      action: "create",
      kind: "accessList",
      key,
      fields: ["name", "description"],
      summary: `Create access list ${key}`,
    });
  } else {
    const changed = changedFields({ name: now.name, description: now.description }, { name, description });
    if (changed.length > 0)
      changes.push({
        action: "update",
        kind: "accessList",
        key,
        fields: changed,
        summary: `Update access list ${key}: ${list(changed)}`,
      });
  }
  const members = new Set(now?.members ?? []);
  const wanted = new Set(accessList.members);
  const added = accessList.members.filter((orgNumber) => !members.has(orgNumber));
  const removed = (now?.members ?? []).filter((orgNumber) => !wanted.has(orgNumber));
  if (added.length > 0 || removed.length > 0) {
    const parts = [
      ...(added.length > 0 ? [`add ${added.length} (${list(added)})`] : []),
      ...(removed.length > 0 ? [`remove ${removed.length} (${list(removed)})`] : []),
    ];
    changes.push({
      action: now ? "update" : "create",
      kind: "accessListMembers",
      key,
      fields: ["members"],
      summary: `Members of ${key}: ${parts.join(", ")}`,
    });
  }
  const connected = new Set(now?.resources ?? []);
  const wantedResources = new Set(accessList.resources);
  const connection = (action: "create" | "delete", resource: string, summary: string): TPlannedChange => ({
    action,
    kind: "resourceConnection",
    key: `${key}/${resource}`,
    fields: ["resources"],
    summary,
  });
  for (const resource of accessList.resources.filter((identifier) => !connected.has(identifier)))
    changes.push(connection("create", resource, `Connect ${key} to ${resource}`));
  for (const resource of (now?.resources ?? []).filter((identifier) => !wantedResources.has(identifier)))
    changes.push(connection("delete", resource, `Disconnect ${key} from ${resource}`));
  return changes;
}

/** With `prune: true`, what the document leaves out is deleted (a scope deactivated, a resource withdrawn here). */
function planPrune(current: TDefinitionsDocument, desired: TDefinitionsDocument): TPlannedChange[] {
  if (!desired.prune) return [];
  const named = {
    scopes: new Set(desired.scopes.map((scope) => scope.subscope)),
    resources: new Set(desired.consentResources.map((resource) => resource.identifier)),
    lists: new Set(desired.accessLists.map((accessList) => accessList.identifier)),
  };
  const deletion = (kind: TPlannedChange["kind"], key: string, summary: string): TPlannedChange => ({
    action: "delete",
    kind,
    key,
    fields: [],
    summary,
  });
  return [
    ...current.scopes
      .filter((scope) => !named.scopes.has(scope.subscope))
      .map((scope) => deletion("scope", scope.subscope, `Deactivate scope ${scope.subscope}`)),
    ...current.consentResources
      .filter((resource) => resource.published && !named.resources.has(resource.identifier))
      .map((resource) =>
        deletion("consentResource", resource.identifier, `Withdraw ${resource.identifier} from ${desired.environment}`),
      ),
    ...current.accessLists
      .filter((accessList) => !named.lists.has(accessList.identifier))
      .map((accessList) =>
        deletion("accessList", accessList.identifier, `Delete access list ${accessList.identifier}`),
      ),
  ];
}

/** Every change that would make the portal (`current`, its export) match the document (`desired`). */
export function planChanges(current: TDefinitionsDocument, desired: TDefinitionsDocument): TPlannedChange[] {
  const resources = keyed(current.consentResources, (resource) => resource.identifier);
  const lists = keyed(current.accessLists, (accessList) => accessList.identifier);
  return [
    ...planScopes(current.scopes, desired),
    ...desired.consentResources.flatMap((resource) => planResource(resources.get(resource.identifier), resource)),
    ...desired.accessLists.flatMap((accessList) => planAccessList(lists.get(accessList.identifier), accessList)),
    ...planPrune(current, desired),
  ];
}
