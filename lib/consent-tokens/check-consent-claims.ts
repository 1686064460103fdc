import type { JWTPayload } from "jose";
import {
  asRecord,
  asString,
  authorizationDetails,
  claimText,
  CONSENT_TYPE,
  consentDetails,
  consentFor,
  consentRights,
  metadataValue,
  resourceIdMatcher,
  rightMetadata,
  rightResourceIds,
  timeOf,
} from "./consent-claims";
import type { TCheckId, TCheckProblem, TConsentTokenCheck, TConsentTokenExpectation } from "./consent-token-report";

// The claim checks a service owner's API makes on a consent token whose signature has been verified
// (DOMAIN.md, "Service-owner validation of a consent token"). Each is a small pure function; `runChecks`
// orders them and marks a check "not checked" when a check it needs did not pass.

type TOutcome = Omit<TConsentTokenCheck, "id" | "blockedBy">;
type TInput = { claims: JWTPayload; expectation: TConsentTokenExpectation; now: Date };
export type TCheckDefinition = { id: TCheckId; needs: TCheckId[]; run: (input: TInput) => TOutcome };

const verdict = (ok: boolean, expected: string | null, found: string | null, problems?: TCheckProblem[]): TOutcome => ({
  status: ok ? "pass" : "fail",
  expected,
  found,
  ...(problems?.length ? { problems } : {}),
});

function isFuture(value: unknown, now: Date): TOutcome {
  const time = timeOf(value);
  const found = time ? time.toISOString() : claimText(value);
  return verdict(
    time !== undefined && time > now,
    now.toISOString(),
    found,
    value !== undefined && !time ? [{ code: "notADate" }] : [],
  );
}

export const checkIssuer = ({ claims, expectation }: TInput) =>
  verdict(claims.iss === expectation.issuer, expectation.issuer, claimText(claims.iss));

export const checkExpiry = ({ claims, now }: TInput) => isFuture(claims.exp, now);

/**
 * Which scope is required is the owner's choice (`requiredScopes`). Real consent tokens carry the consumer's
 * consent-API scope (altinn-studio-docs validate-concent example: `altinn:consentrequests.read`), so by default none
 * of the owner's is required and the check only shows what the token has.
 */
export function checkScope({ claims, expectation }: TInput): TOutcome {
  const required = expectation.requiredScopes;
  if (required === null)
    return {
      status: "notChecked",
      expected: null,
      found: claimText(claims.scope),
      problems: [{ code: "scopeNotRequired" }],
    };
  const granted = (asString(claims.scope) ?? "").split(" ").filter(Boolean);
  const ok = required.some((scope) => granted.includes(scope));
  return verdict(ok, required.join(" "), claimText(claims.scope), required.length ? [] : [{ code: "noScopeDeclared" }]);
}

export function checkConsentType({ claims }: TInput): TOutcome {
  const details = authorizationDetails(claims);
  const types = details?.map((detail) => claimText(asRecord(detail)?.type) ?? "?").join(" ");
  return verdict(
    consentDetails(claims).length > 0,
    CONSENT_TYPE,
    details ? types || "[]" : claimText(claims.authorization_details),
  );
}

/**
 * The consent must be given to the organisation the token was issued for: `to.ID` equals `consumer.ID`, also in a
 * supplier's token (the supplier fetches it for the consumer; `supplier.ID` never stands in for the consumer).
 */
export function checkConsumer({ claims, expectation }: TInput): TOutcome {
  const consumerId = asString(asRecord(claims.consumer)?.ID);
  const to = asRecord(consentFor(claims, resourceIdMatcher(expectation)).detail?.to);
  const found = claimText(to?.ID);
  return verdict(
    consumerId !== undefined && to?.ID === consumerId,
    consumerId ?? null,
    found,
    consumerId ? [] : [{ code: "consumerMissing" }],
  );
}

export const checkValidTo = ({ claims, expectation, now }: TInput) =>
  isFuture(consentFor(claims, resourceIdMatcher(expectation)).detail?.validTo, now);

export function checkResource({ claims, expectation }: TInput): TOutcome {
  const named = consentDetails(claims).flatMap((detail) => consentRights(detail).flatMap(rightResourceIds));
  const accepted = [
    expectation.resourceIdentifier,
    ...(expectation.migratedResourceIdentifier ? [expectation.migratedResourceIdentifier] : []),
  ];
  return verdict(named.some(resourceIdMatcher(expectation)), accepted.join(" "), named.length ? named.join(" ") : null);
}

/**
 * Every declared key present (Altinn ignores `optional`: a consent always has every key, AM-00008), no other key;
 * keys compared ignoring case, as Altinn does.
 */
export function checkMetadataKeys({ claims, expectation }: TInput): TOutcome {
  const declared = Object.fromEntries(expectation.metadata.map((m) => [m.key, { optional: m.optional }]));
  const expected = JSON.stringify(declared);
  const { right } = consentFor(claims, resourceIdMatcher(expectation));
  const metadata = right ? rightMetadata(right) : undefined;
  const given = metadata === undefined ? {} : asRecord(metadata.value);
  const found = metadata ? `${metadata.spelling} ${JSON.stringify(metadata.value)}` : null;
  if (!given) return verdict(false, expected, found, [{ code: "metadataNotObject" }]);
  const declaredLower = new Set(expectation.metadata.map((m) => m.key.toLowerCase()));
  const givenKeys = Object.keys(given);
  const missing = expectation.metadata.filter((m) => metadataValue(given, m.key) === undefined).map((m) => m.key);
  const unknown = givenKeys.filter((key) => !declaredLower.has(key.toLowerCase()));
  const duplicated = givenKeys.filter(
    (key, index) => givenKeys.findIndex((other) => other.toLowerCase() === key.toLowerCase()) !== index,
  );
  const problems: TCheckProblem[] = [
    ...(missing.length ? [{ code: "missingKeys" as const, value: missing.join(", ") }] : []),
    ...(unknown.length ? [{ code: "unknownKeys" as const, value: unknown.join(", ") }] : []),
    ...(duplicated.length ? [{ code: "duplicateKeys" as const, value: duplicated.join(", ") }] : []),
  ];
  return verdict(problems.length === 0, expected, found, problems);
}

export function checkMetadataValues({ claims, expectation }: TInput): TOutcome {
  const declared = new Set(expectation.metadata.map((m) => m.key));
  const wanted = Object.entries(expectation.expectedValues).filter(
    ([key, value]) => declared.has(key) && value.trim() !== "",
  );
  if (wanted.length === 0)
    return { status: "notChecked", expected: null, found: null, problems: [{ code: "noExpectedValues" }] };
  const { right } = consentFor(claims, resourceIdMatcher(expectation));
  const given = (right && asRecord(rightMetadata(right)?.value)) ?? {};
  const found = Object.fromEntries(wanted.map(([key]) => [key, metadataValue(given, key) ?? null]));
  const mismatched = wanted.filter(([key, value]) => metadataValue(given, key) !== value.trim()).map(([key]) => key);
  const expected = Object.fromEntries(wanted.map(([key, value]) => [key, value.trim()]));
  return verdict(
    mismatched.length === 0,
    JSON.stringify(expected),
    JSON.stringify(found),
    mismatched.length ? [{ code: "valueMismatch", value: mismatched.join(", ") }] : [],
  );
}

export const CLAIM_CHECKS: TCheckDefinition[] = [
  { id: "issuer", needs: ["signature"], run: checkIssuer },
  { id: "expiry", needs: ["signature"], run: checkExpiry },
  { id: "scope", needs: ["signature"], run: checkScope },
  { id: "consentType", needs: ["signature"], run: checkConsentType },
  { id: "consumer", needs: ["consentType"], run: checkConsumer },
  { id: "validTo", needs: ["consentType"], run: checkValidTo },
  { id: "resource", needs: ["consentType"], run: checkResource },
  { id: "metadataKeys", needs: ["resource"], run: checkMetadataKeys },
  { id: "metadataValues", needs: ["metadataKeys"], run: checkMetadataValues },
];

/**
 * Runs the claim checks after the signature check. A check whose needs did not pass is not run: its
 * `blockedBy` names the first check that failed (following a chain of "not checked" back to its cause).
 */
export function runClaimChecks(
  signature: TConsentTokenCheck,
  input: TInput,
  checks = CLAIM_CHECKS,
): TConsentTokenCheck[] {
  const results = new Map<TCheckId, TConsentTokenCheck>([["signature", signature]]);
  for (const check of checks) {
    const unmet = check.needs.map((id) => results.get(id)).find((result) => result?.status !== "pass");
    results.set(
      check.id,
      unmet
        ? { id: check.id, status: "notChecked", expected: null, found: null, blockedBy: unmet.blockedBy ?? unmet.id }
        : { id: check.id, ...check.run(input) },
    );
  }
  return [...results.values()];
}
