import { HttpError, sendJson } from "../http-helpers";
import type { RouteGroup } from "../route-group";
import { ENVIRONMENTS, type EnvName } from "../state/environments";
import { changeConsentStatus } from "./consent-lifecycle";
import { getConsentRequest } from "./consent-store";

export const CONSENT_CONTROL_PREFIX = "/_emulator/consent";

/**
 * POST /_emulator/consent/{env}/{id}/revoke|delete: lets a test play the person who withdraws a consent, which in
 * Altinn happens in the person's own portal (BFF: POST .../bff/consents/{id}/revoke). Revoke needs an Accepted
 * consent (else AM-00010's 400), as ConsentService.RevokeConsent; delete works from any status (Altinn has no delete
 * yet). Both record the event, by the request's `from`, so the consumer sees it in the events feed.
 * Answers {id, status} (200), or {error, error_description} (400/404) like the other control endpoints.
 */
export function consentControlRoutes(): RouteGroup {
  return {
    prefix: CONSENT_CONTROL_PREFIX,
    handle(req, res) {
      const [, env = "", id = "", action = "", ...rest] = (req.url ?? "/").split("?")[0]!.split("/");
      try {
        if (req.method !== "POST") throw new HttpError(405, "use POST");
        if (rest.length || !ENVIRONMENTS.includes(env as EnvName) || (action !== "revoke" && action !== "delete")) {
          throw new HttpError(404, "expected /_emulator/consent/{test|prod}/{id}/revoke|delete");
        }
        const request = /^[0-9a-f-]{36}$/i.test(id) ? getConsentRequest(env as EnvName, id) : undefined;
        if (!request) throw new HttpError(404, `no consent request ${id} in ${env}`);
        const result = changeConsentStatus(env as EnvName, request.id, action, request.from);
        if (!result.ok)
          throw new HttpError(400, `${result.problem.code}: ${result.problem.detail} (status is ${request.status})`);
        sendJson(res, 200, { id: result.request.id, status: result.request.status });
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendJson(res, error.status, {
          error: error.status === 404 ? "not_found" : "invalid_request",
          error_description: error.message,
        });
      }
    },
  };
}
