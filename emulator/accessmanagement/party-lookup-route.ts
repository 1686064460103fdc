import type { IncomingMessage } from "node:http";
import { readAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import { organisationName } from "../orgs/org-register";
import { ProblemError } from "../problem";
import { partyOfOrg } from "../registry/party-identifiers";
import type { Router } from "../registry/router";

async function readJsonOrUndefined(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

/**
 * POST /register/api/v1/parties/lookup `{orgNo}`: Altinn Register's lookup of a party by organisation number
 * (Altinn/altinn-register, PartiesController.PostPartyLookup; model Altinn.Platform.Register.Models.Party), which is
 * how a caller learns the party UUID the supplier-delegation API takes as `party`. Altinn wants an Altinn token and a
 * platform access token; the emulator checks the Altinn token only (an organisation's or a person's). Persons (`ssn`) are not emulated (400).
 */
export function addPartyLookupRoute(router: Router): void {
  router.on("POST", "/parties/lookup", async (context) => {
    await readAltinnToken(context.req, context.env);
    const body = (await readJsonOrUndefined(context.req)) as { orgNo?: unknown } | undefined;
    const orgNo = typeof body?.orgNo === "string" ? body.orgNo : undefined;
    if (!orgNo) throw new ProblemError(400, "Bad Request", { detail: "orgNo is required (persons are not emulated)" });
    const name = organisationName(orgNo);
    if (!name) throw new ProblemError(404, "Not Found", { detail: `No party with organisation number ${orgNo}` });
    const party = partyOfOrg(orgNo);
    sendJson(context.res, 200, {
      partyId: party.partyId,
      partyUuid: party.partyUuid,
      partyTypeName: 2,
      orgNumber: orgNo,
      ssn: null,
      unitType: "AS",
      name,
      isDeleted: false,
      onlyHierarchyElementWithNoAccess: false,
      person: null,
      organization: null,
      childParties: null,
    });
  });
}
