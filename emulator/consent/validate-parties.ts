import { Problems } from "./consent-problems";
import { type PartyUrn, partyExists } from "./party-urn";
import { problem, type ProblemInstance } from "./problem-details";

/**
 * ConsentService.ValidatePartyFromExternalIdentity, called in ValidateAndSetInternalIdentifiers for `from`, `to`,
 * `requiredDelegator` and `handledBy` in that order (Altinn/altinn-authorization-tmp
 * .../Core/Services/ConsentService.cs): the first party the register does not know ends validation with AM-00003
 * (organisation, extension `orgnr`) or AM-00004 (person, extension `fnumber`), each carrying the URN.
 * A party uuid passes through unchecked in Altinn; the emulator has no register of them, so it refuses it as
 * Altinn would fail later when mapping it back (HTTP 500).
 */
export type PartyCheck =
  { ok: true } | { ok: false; problem: ProblemInstance } | { ok: false; unknownPartyUuid: string };

export function checkParties(parties: (PartyUrn | null)[]): PartyCheck {
  for (const party of parties) {
    if (!party || partyExists(party)) continue;
    if (party.kind === "organization")
      return { ok: false, problem: problem(Problems.InvalidOrganizationIdentifier, { orgnr: party.urn }) };
    if (party.kind === "person")
      return { ok: false, problem: problem(Problems.InvalidPersonIdentifier, { fnumber: party.urn }) };
    return { ok: false, unknownPartyUuid: party.urn };
  }
  return { ok: true };
}
