import type { JWTPayload, ProtectedHeaderParameters } from "jose";
import type { TTokenHolder } from "./consent-claims";

// What the validator answers, shared by the checks, the route handler and the page (types only).

/** In the order they run; a later check may need an earlier one to have passed. */
export const CONSENT_TOKEN_CHECK_IDS = [
  "signature",
  "issuer",
  "expiry",
  "scope",
  "consentType",
  "consumer",
  "validTo",
  "resource",
  "metadataKeys",
  "metadataValues",
] as const;
export type TCheckId = (typeof CONSENT_TOKEN_CHECK_IDS)[number];

export type TCheckProblemCode =
  | "signatureInvalid"
  | "noMatchingKey"
  | "multipleMatchingKeys"
  | "algorithmNotAllowed"
  | "noScopeDeclared"
  | "scopeNotRequired"
  | "consumerMissing"
  | "notADate"
  | "metadataNotObject"
  | "missingKeys"
  | "unknownKeys"
  | "duplicateKeys"
  | "valueMismatch"
  | "noExpectedValues";

/** `value` names what the problem is about (keys, a kid), never a sentence: the page words it per language. */
export type TCheckProblem = { code: TCheckProblemCode; value?: string };

export type TConsentTokenCheck = {
  id: TCheckId;
  /** `notChecked`: an earlier check failed (`blockedBy`), or there was nothing to compare (see `problems`). */
  status: "pass" | "fail" | "notChecked";
  /** The value the check wanted, as claim text; null when the expectation itself is missing. */
  expected: string | null;
  /** The value the token holds, as claim text; null when the claim is missing. */
  found: string | null;
  blockedBy?: TCheckId;
  problems?: TCheckProblem[];
};

export type TConsentTokenExpectation = {
  /** Maskinporten's issuer (`iss`), with its trailing slash. */
  issuer: string;
  jwksUrl: string;
  resourceIdentifier: string;
  /** For a resource migrated from Altinn 2: `{org}_{serviceCode}_{serviceEditionCode}`, the id converted consents carry. */
  migratedResourceIdentifier?: string | null;
  /**
   * The owner's choice. null: no scope is required, the default, because real consent tokens carry the consumer's
   * consent-API scope (`altinn:consentrequests.read`), not the owner's. A list: the token must carry one of these
   * (the resource's scope references; empty when the resource names none, which fails).
   */
  requiredScopes: string[] | null;
  /** Every declared key is required, whatever its `optional` flag: Altinn ignores the flag (AM-00008). */
  metadata: { key: string; optional: boolean }[];
  /** Only non-empty values of declared keys are compared. */
  expectedValues: Record<string, string>;
};

export type TJwksUnavailableReason = "timeout" | "unreachable" | "invalidResponse";

export type TConsentTokenReport =
  | { kind: "malformed"; problem: string }
  | {
      kind: "jwksUnavailable";
      jwksUrl: string;
      reason: TJwksUnavailableReason;
      header: ProtectedHeaderParameters;
      claims: JWTPayload;
    }
  | {
      kind: "checked";
      valid: boolean;
      checks: TConsentTokenCheck[];
      /** The consumer and, for a supplier's token, the supplier acting for it (untrusted unless the signature passed). */
      holder: TTokenHolder;
      header: ProtectedHeaderParameters;
      claims: JWTPayload;
    };
