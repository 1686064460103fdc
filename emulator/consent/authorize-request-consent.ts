import { decideResourceAction } from "../registry/decision-point";
import type { EnvName } from "../state/environments";
import type { ConsentRightInput } from "./consent-request-binding";
import { BareStatus } from "./http-results";

/**
 * ConsentController.AuthorizeCreateConsentRequest (Altinn/altinn-authorization-tmp
 * .../Api.Enterprise/Controllers/ConsentController.cs): before any validation, each right's first resource is put to
 * the decision point with action `requestconsent` and the caller as subject; anything but Permit is Forbid(), a 403
 * without a body. So a resource that does not exist (no policy, NotApplicable) is refused here, not with AM-00005.
 * The controller reads `Resource[0]` unchecked: a right without resources is an unhandled exception (HTTP 500).
 */
export function authorizeRequestConsent(env: EnvName, rights: ConsentRightInput[], consumerOrg: string): void {
  for (const right of rights) {
    const [resource] = right.resource;
    if (!resource) throw new BareStatus(500, "a consent right has no resource (Resource[0])");
    const decision = decideResourceAction(env, {
      resourceId: resource.value ?? "",
      action: "requestconsent",
      subject: { orgNumber: consumerOrg, partyType: "organization" },
    });
    if (decision.decision !== "Permit") {
      throw new BareStatus(
        403,
        `requestconsent on ${resource.value ?? "(null)"}: ${decision.decision} (${decision.reason})`,
      );
    }
  }
}
