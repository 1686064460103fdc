import { randomUUID } from "node:crypto";
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from "jose";
import type { TConsentTokenExpectation } from "../consent-token-report";

// A stand-in Maskinporten for the validator's tests: a signing key, its JWKS, and consent tokens shaped
// like the ones Maskinporten issues (DOMAIN.md "Consent token"), every claim overridable.

export const ISSUER = "https://maskinporten.test.example/";
export const RESOURCE = "skd-inntekt-samtykke";
export const SCOPE = "skd:inntekt.read";
export const CONSUMER = { authority: "iso6523-actorid-upis", ID: "0192:313876144" };

export type TTestSigner = { kid: string; privateKey: CryptoKey; jwks: { keys: JWK[] } };

export async function newSigner(kid = `kid-${randomUUID()}`): Promise<TTestSigner> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return { kid, privateKey, jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" }] } };
}

export const localKeys = (signer: TTestSigner) => createLocalJWKSet(signer.jwks);

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

export type TRight = {
  action: string[];
  resource: { type: string; value: string }[];
  metadata?: unknown;
  metaData?: unknown;
};

export const consentRight = (overrides: Partial<TRight> = {}): TRight => ({
  action: ["consent"],
  resource: [{ type: "urn:altinn:resource", value: RESOURCE }],
  metadata: { inntektsaar: "2024" },
  ...overrides,
});

export const consentDetail = (overrides: Record<string, unknown> = {}) => ({
  type: "urn:altinn:consent",
  id: randomUUID(),
  from: "urn:altinn:person:identifier-no:21818297804",
  to: CONSUMER,
  consented: new Date().toISOString(),
  validTo: inOneDay(),
  consentRights: [consentRight()],
  ...overrides,
});

export function consentClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: ISSUER,
    aud: "unspecified",
    iat: now,
    exp: now + 120,
    jti: randomUUID(),
    client_id: "bank-client",
    scope: `${SCOPE} altinn:consentrequests.read`,
    consumer: CONSUMER,
    authorization_details: [consentDetail()],
    ...overrides,
  };
}

/** Signs the claims; an `undefined` override removes a claim. */
export async function signConsentToken(
  signer: TTestSigner,
  overrides: Record<string, unknown> = {},
  header: { alg?: string; kid?: string } = {},
): Promise<string> {
  const claims = Object.fromEntries(
    Object.entries(consentClaims(overrides)).filter(([, value]) => value !== undefined),
  );
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: signer.kid, ...header }).sign(signer.privateKey);
}

/** Signs exactly these claims (e.g. a real payload from ../shared/realdata), nothing added. */
export function signPayload(signer: TTestSigner, payload: Record<string, unknown>): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: signer.kid }).sign(signer.privateKey);
}

export function expectation(
  jwksUrl: string,
  overrides: Partial<TConsentTokenExpectation> = {},
): TConsentTokenExpectation {
  return {
    issuer: ISSUER,
    jwksUrl,
    resourceIdentifier: RESOURCE,
    migratedResourceIdentifier: null,
    requiredScopes: [SCOPE],
    metadata: [{ key: "inntektsaar", optional: false }],
    expectedValues: {},
    ...overrides,
  };
}

/** The token with one claim changed and the original signature kept, as an attacker would try. */
export function tamper(token: string, change: (claims: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
  change(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
}
