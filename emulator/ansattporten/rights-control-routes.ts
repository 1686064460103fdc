import { HttpError, readJson, sendJson } from "../http-helpers";
import { isValidNationalIdentityNumber } from "../idporten/national-identity-number";
import { isValidOrgNumber } from "../orgs/org-register";
import type { RouteGroup } from "../route-group";
import { deleteRights, listRights, resourceId, setRights } from "./altinn-rights";

const RIGHTS_PATH = /^\/(?:(\d{11})(?:\/(\d{9}))?)?$/;
// A resource (`x` or `urn:altinn:resource:x`), an access package or a role code (what the supplier-delegation API's
// decision point reads, accessmanagement/scope-delegation-decision.ts).
const RESOURCE = /^((urn:altinn:resource:)?[A-Za-z0-9_-]+|urn:altinn:(accesspackage|rolecode):[A-Za-z0-9_-]+)$/;

function resourcesOf(body: unknown): string[] {
  const resources = (body as { resources?: unknown } | undefined)?.resources;
  if (!Array.isArray(resources) || resources.some((entry) => typeof entry !== "string" || !RESOURCE.test(entry)))
    throw new HttpError(
      400,
      'Expected {"resources": [resource ids, urn:altinn:resource:{id}, urn:altinn:accesspackage:{code}, urn:altinn:rolecode:{code}]}',
    );
  return resources.map((entry: string) => resourceId(entry));
}

/**
 * /_emulator/altinn-rights: the emulator's Altinn rights behind Ansattporten's organisation picker (tests and local
 * scripts only); `resources` may also name access packages (`urn:altinn:accesspackage:{code}`) and role codes
 * (`urn:altinn:rolecode:{code}`). `GET /` all, `GET /{pid}` one person's, `PUT /{pid}/{orgNumber}` `{resources}` replaces that
 * organisation's rights (an empty list removes them), `DELETE /{pid}[/{orgNumber}]` removes them. Reset restores the seed.
 */
export function altinnRightsControlRoutes(): RouteGroup {
  return {
    prefix: "/_emulator/altinn-rights",
    async handle(req, res) {
      const match = RIGHTS_PATH.exec((req.url ?? "/").split("?")[0] ?? "/");
      const method = req.method ?? "GET";
      const [, pid, orgNumber] = match ?? [];
      try {
        if (!match) throw new HttpError(404, "Use /_emulator/altinn-rights[/{pid}[/{orgNumber}]]");
        if (pid && !isValidNationalIdentityNumber(pid)) throw new HttpError(400, "Invalid national identity number");
        if (orgNumber && !isValidOrgNumber(orgNumber)) throw new HttpError(400, "Invalid organisation number");
        if (method === "GET" && !orgNumber) return sendJson(res, 200, listRights(pid));
        if (method === "PUT" && pid && orgNumber) {
          setRights(pid, orgNumber, resourcesOf(await readJson(req)));
          return sendJson(res, 200, listRights(pid));
        }
        if (method === "DELETE" && pid) {
          deleteRights(pid, orgNumber);
          return sendJson(res, 200, listRights(pid));
        }
        throw new HttpError(405, `${method} is not supported here`);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendJson(res, error.status, { error: "invalid_request", error_description: error.message });
      }
    },
  };
}
