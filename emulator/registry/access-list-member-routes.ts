import { isValidOrgNumber } from "../orgs/org-register";
import {
  checkPreconditions,
  decodeToken,
  encodeToken,
  existingList,
  memberDto,
  notModified,
  ORGANISATION_URN,
  PAGE_SIZE,
  requireListOwner,
  sendWithEtag,
} from "./access-list-http";
import { type AccessList, addMembers, getAccessList, memberPage, removeMembers, replaceMembers } from "./access-list-store";
import { registryProblems } from "./registry-problems";
import { isRecord, readJsonBody } from "./request-body";
import type { RouteContext, Router } from "./router";

const MAX_MEMBERS_PER_CALL = 100;

/** `{"data": [urn, ...]}` → organisation numbers; names the first bad entries in the problem. */
async function readMemberNumbers(context: RouteContext): Promise<string[]> {
  const body = await readJsonBody(context.req);
  if (!isRecord(body) || !Array.isArray(body.data)) {
    throw registryProblems.validation({ data: ['The body must be {"data": ["urn:altinn:organization:identifier-no:…"]}'] });
  }
  if (body.data.length > MAX_MEMBERS_PER_CALL) throw registryProblems.tooManyMembers(body.data.length);
  const errors: Record<string, string[]> = {};
  const numbers = body.data.map((entry: unknown, index) => {
    const text = typeof entry === "string" ? entry : "";
    const org = text.startsWith(`${ORGANISATION_URN}:`) ? text.slice(ORGANISATION_URN.length + 1) : "";
    if (!isValidOrgNumber(org)) {
      errors[`data[${index}]`] = [`${JSON.stringify(entry)} is not ${ORGANISATION_URN}:{valid organisation number}`];
    }
    return org;
  });
  if (Object.keys(errors).length) throw registryProblems.validation(errors, "Invalid member entries");
  return numbers;
}

function sendMemberPage(context: RouteContext, list: AccessList, status: number, after?: string): void {
  const page = memberPage(list, after, PAGE_SIZE);
  const path = `/access-lists/${encodeURIComponent(list.owner)}/${encodeURIComponent(list.identifier)}/members`;
  const next = page.last ? `${context.baseUrl}${path}?token=${encodeToken(page.last)}` : null;
  sendWithEtag(context.res, status, list, {
    data: page.items.map((org) => memberDto(org, list.members.get(org) ?? "")),
    links: { next },
  });
}

function listFor(context: RouteContext): AccessList {
  return existingList(getAccessList(context.env, context.params.owner ?? "", context.params.id ?? ""), context);
}

/** Add, remove and replace answer with the first page of members, as the real controller does. */
function change(router: Router, method: string, apply: (list: AccessList, orgs: string[]) => void): void {
  router.on(method, "/access-lists/:owner/:id/members", async (context) => {
    await requireListOwner(context, true);
    const list = listFor(context);
    checkPreconditions(context.req, list);
    apply(list, await readMemberNumbers(context));
    sendMemberPage(context, list, 200);
  });
}

export function addAccessListMemberRoutes(router: Router): void {
  router.on("GET", "/access-lists/:owner/:id/members", async (context) => {
    await requireListOwner(context, false);
    const list = listFor(context);
    checkPreconditions(context.req, list);
    if (notModified(context.req, context.res, list)) return;
    sendMemberPage(context, list, 200, decodeToken(context.query.get("token")));
  });
  change(router, "POST", addMembers);
  change(router, "DELETE", removeMembers);
  change(router, "PUT", replaceMembers);
}
