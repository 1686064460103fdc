import { compactVerify, errors, type CompactVerifyGetKey } from "jose";
import { runClaimChecks } from "./check-consent-claims";
import { claimText, tokenHolder } from "./consent-claims";
import type {
  TCheckProblemCode,
  TConsentTokenCheck,
  TConsentTokenExpectation,
  TConsentTokenReport,
  TJwksUnavailableReason,
} from "./consent-token-report";
import { decodeConsentToken } from "./decode-consent-token";

// The whole local validation of a consent token: decode, verify the signature against Maskinporten's
// keys, then the claim checks. No call to Altinn: a service owner's API can do exactly this on each request.

/** Maskinporten signs its tokens with RS256 (its `/.well-known/oauth-authorization-server`); nothing else is accepted. */
export const ACCEPTED_ALGORITHMS = ["RS256"];

/** Errors from choosing a key in a key set that was fetched fine: the token's fault, not the key set's. */
const KEY_CHOICE_PROBLEMS: [new (...args: never[]) => Error, TCheckProblemCode][] = [
  [errors.JWKSNoMatchingKey, "noMatchingKey"],
  [errors.JWKSMultipleMatchingKeys, "multipleMatchingKeys"],
  [errors.JOSEAlgNotAllowed, "algorithmNotAllowed"],
  [errors.JOSENotSupported, "algorithmNotAllowed"],
];

class KeySetUnavailable extends Error {
  constructor(
    readonly reason: TJwksUnavailableReason,
    options: { cause: unknown },
  ) {
    super(`JWKS unavailable: ${reason}`, options);
  }
}

const keyChoiceProblem = (error: unknown) => KEY_CHOICE_PROBLEMS.find(([type]) => error instanceof type)?.[1];

function unavailableReason(error: unknown): TJwksUnavailableReason {
  if (error instanceof errors.JWKSTimeout) return "timeout";
  // jose reports a non-200 answer and an unparsable body as JOSEErrors; a refused connection is fetch's TypeError.
  if (error instanceof errors.JOSEError) return "invalidResponse";
  return "unreachable";
}

export async function verifyConsentToken(options: {
  token: string;
  expectation: TConsentTokenExpectation;
  /** Maskinporten's key set: `createRemoteJWKSet` in the portal, a local set in tests. */
  keys: CompactVerifyGetKey;
  now?: Date;
  /** Told why the key set could not be read (for the server log; never shown to the user). */
  onKeySetError?: (error: unknown) => void;
}): Promise<TConsentTokenReport> {
  const decoded = decodeConsentToken(options.token);
  if (!decoded.ok) return { kind: "malformed", problem: decoded.problem };
  const { compact, header, claims } = decoded.token;
  const { jwksUrl } = options.expectation;

  // Key-set failures are told apart from signature failures here, where the key is fetched.
  const keys: CompactVerifyGetKey = async (protectedHeader, token) => {
    try {
      return await options.keys(protectedHeader, token);
    } catch (error) {
      if (keyChoiceProblem(error)) throw error;
      options.onKeySetError?.(error);
      throw new KeySetUnavailable(unavailableReason(error), { cause: error });
    }
  };

  const signature: TConsentTokenCheck = {
    id: "signature",
    status: "pass",
    expected: jwksUrl,
    found: `alg ${claimText(header.alg) ?? "-"}, kid ${claimText(header.kid) ?? "-"}`,
  };
  try {
    await compactVerify(compact, keys, { algorithms: ACCEPTED_ALGORITHMS });
  } catch (error) {
    if (error instanceof KeySetUnavailable)
      return { kind: "jwksUnavailable", jwksUrl, reason: error.reason, header, claims };
    // jose's own verdicts (a signature that does not match, a damaged signature part) fail the check; a bug does not.
    if (!(error instanceof errors.JOSEError)) throw error;
    signature.status = "fail";
    signature.problems = [{ code: keyChoiceProblem(error) ?? "signatureInvalid" }];
  }
  const checks = runClaimChecks(signature, {
    claims,
    expectation: options.expectation,
    now: options.now ?? new Date(),
  });
  const valid = checks.every((check) => check.status === "pass" || (check.status === "notChecked" && !check.blockedBy));
  return { kind: "checked", valid, checks, holder: tokenHolder(claims), header, claims };
}
