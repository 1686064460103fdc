import { readConditions, withVersion } from "./access-list-conditions";
import {
  conditionsHold,
  decodePageToken,
  existingList,
  MAX_MEMBERS_PER_CALL,
  MEMBER_PAGE_SIZE,
  memberDto,
  pageLinks,
  type RequestConditions,
  requireListOwner,
  sendWithEtag,
} from "./access-list-http";
import {
  type AccessList,
  addMembers,
  getAccessList,
  memberPage,
  removeMembers,
  replaceMembers,
} from "./access-list-store";
import { isPartyUrn, type PartyIdentifiers, resolveParty } from "./party-identifiers";
import { type AltinnValidationError, registryProblems, validationErrors } from "./registry-problems";
import { readRegistryJson } from "./request-body";
import type { RouteContext, Router } from "./router";

/**
 * UpsertAccessListPartyMembersListDto's converter: exactly `{"data": [PartyUrn, ...]}`. Entries that are not
 * PartyUrns (organization:identifier-no with nine digits, party:uuid, party:id) fail model binding (400).
 */
async function readMemberUrns(context: RouteContext): Promise<string[]> {
  const body = await readRegistryJson(context.req);
  const keys = typeof body === "object" && body !== null && !Array.isArray(body) ? Object.keys(body) : [];
  const data = keys.length === 1 && keys[0] === "data" ? (body as { data: unknown }).data : undefined;
  if (!Array.isArray(data))
    throw registryProblems.modelValidation({ $: ["Expected an object with the single property 'data' (an array)"] });
  const errors: Record<string, string[]> = {};
  data.forEach((entry: unknown, index) => {
    if (typeof entry !== "string" || !isPartyUrn(entry))
      errors[`$.data[${index}]`] = [`${JSON.stringify(entry)} is not a valid party URN`];
  });
  if (Object.keys(errors).length) throw registryProblems.modelValidation(errors);
  return data as string[];
}

/** Pages are 100 members in party-UUID order; the token holds the list version and the next page's first member. */
function sendMemberPage(context: RouteContext, list: AccessList, from?: string): void {
  const page = memberPage(list, from, MEMBER_PAGE_SIZE);
  sendWithEtag(context.res, 200, list, {
    links: pageLinks(context, list, "members", page.next),
    data: page.items.map((uuid) => {
      const member = list.members.get(uuid);
      if (!member) throw new Error(`member ${uuid} missing from ${list.identifier}`);
      return memberDto(uuid, member);
    }),
  });
}

/**
 * POST (add), DELETE (remove) and PUT (replace): at most 100 entries (validation problem RR.VLD-00001, or
 * RR.VLD-00000 for PUT); a party the register does not know is RR-00001 and changes nothing; the answer is
 * the first page of members (AccessListService re-reads the list).
 */
function change(
  router: Router,
  method: string,
  tooMany: AltinnValidationError,
  apply: (list: AccessList, parties: PartyIdentifiers[]) => void,
): void {
  router.on(method, "/access-lists/:owner/:id/members", async (context) => {
    const { owner } = await requireListOwner(context, true);
    const conditions: RequestConditions = readConditions(context.req);
    const urns = await readMemberUrns(context);
    if (urns.length > MAX_MEMBERS_PER_CALL) throw registryProblems.validation([{ ...tooMany, paths: ["/data"] }]);
    const list = existingList(getAccessList(context.env, owner, context.params.id ?? ""));
    if (!conditionsHold(context, list, conditions)) return;
    const parties = urns.map(resolveParty);
    if (parties.some((party) => party === undefined)) throw registryProblems.partyNotFound();
    apply(list, parties as PartyIdentifiers[]);
    sendMemberPage(context, list);
  });
}

export function addAccessListMemberRoutes(router: Router): void {
  router.on("GET", "/access-lists/:owner/:id/members", async (context) => {
    const { owner } = await requireListOwner(context, false);
    const token = decodePageToken(context.query.get("token"));
    const conditions = readConditions(context.req);
    const list = existingList(getAccessList(context.env, owner, context.params.id ?? ""));
    // A token was issued for one version of the list: if the list changed since, the next page is a 412.
    if (!conditionsHold(context, list, token ? withVersion(conditions, token.version) : conditions)) return;
    sendMemberPage(context, list, token?.from);
  });
  change(router, "POST", validationErrors.addRemoveMembersTooMany, addMembers);
  change(router, "DELETE", validationErrors.addRemoveMembersTooMany, removeMembers);
  change(router, "PUT", validationErrors.replaceMembersTooMany, replaceMembers);
}
