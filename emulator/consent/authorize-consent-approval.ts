import { listRights } from "../ansattporten/altinn-rights";
import { decideResourceAction } from "../registry/decision-point";
import type { DecisionSubject } from "../registry/subject-attributes";
import type { EnvName } from "../state/environments";
import { Problems } from "./consent-problems";
import type { ConsentRequest } from "./consent-store";
import { ORGANISATION_URN } from "./party-urn";

const ROLE = "urn:altinn:rolecode:";
const PACKAGE = "urn:altinn:accesspackage:";

export interface ApprovalRefusal {
  /** AM-00000, 403 "Not authorized for consent" (Problems.NotAuthorizedForConsentRequest). */
  code: string;
  status: number;
  title: string;
  /** Why: the decision point's answer for the first right the person may not give. */
  detail: string;
}

/**
 * The person's role codes and access packages for the organisation, as Access Management holds them; in the emulator
 * the rights seeded through `/_emulator/altinn-rights` (`urn:altinn:rolecode:{code}`, `urn:altinn:accesspackage:{code}`).
 * Altinn 3 also derives packages from roles (IngestRolePackage.cs); the emulator does not: seed the package itself.
 */
function subjectFor(pid: string, orgNumber: string): DecisionSubject {
  const held = listRights(pid).find((entry) => entry.orgNumber === orgNumber)?.resources ?? [];
  const codes = (prefix: string) =>
    held.filter((right) => right.toLowerCase().startsWith(prefix)).map((right) => right.slice(prefix.length));
  return { partyType: "person", pid, party: orgNumber, roleCodes: codes(ROLE), accessPackages: codes(PACKAGE) };
}

function refusal(detail: string): ApprovalRefusal {
  const { code, status, detail: title } = Problems.NotAuthorizedForConsentRequest;
  return { code, status, title, detail };
}

/**
 * May this person answer a consent request `from` an organisation? Altinn (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Core/Services/ConsentService.cs,
 * AuthorizeUserForConsentRequest and AuthorizeForConsentRight, called by GetRequest and AcceptRequest) runs a
 * delegation check for the person on the `from` party for each right (exactly one resource, else refused):
 * .../Altinn.AccessMgmt.Core/Services/ConsentDelegationCheckService.cs → ConnectionService.ResourceDelegationCheck
 * decomposes the resource's policy into rights per action and grants those whose rule names a role or access package
 * the person holds for the party (ProcessTheAccessToTheRightKeys); every requested action (`consent`) must be among
 * them, else Problems.NotAuthorizedForConsentRequest (AM-00000, 403). The emulator asks its decision point the same
 * question: the resource's published policy, the action, the person's roles and packages for the party; only Permit
 * lets them answer, and each decision is recorded (`authorization.decisions`). Undefined when they may answer.
 * A request `from` a person is answered by that person (approval-page.ts); it is not checked here.
 */
export function refuseConsentApproval(env: EnvName, request: ConsentRequest, pid: string): ApprovalRefusal | undefined {
  if (!request.from.startsWith(ORGANISATION_URN)) return undefined;
  const subject = subjectFor(pid, request.from.slice(ORGANISATION_URN.length));
  for (const right of request.consentRights) {
    const [resource] = right.resource;
    if (right.resource.length !== 1 || !resource?.value)
      return refusal("A consent right must name exactly one resource.");
    for (const action of right.action ?? []) {
      const decision = decideResourceAction(env, { resourceId: resource.value, action, subject });
      if (decision.decision !== "Permit") {
        return refusal(`${action} on ${resource.value}: ${decision.decision}. ${decision.reason}.`);
      }
    }
  }
  return undefined;
}
