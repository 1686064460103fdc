// The validator's checks as code for the owner's own API (shown on the validator page). Kept to the same
// rules and order as `verify-consent-token.ts`; `consent-token-example.test.ts` runs this code against the
// same tokens as the validator to keep the two in step.

export type TExampleOptions = {
  environment: "test" | "prod";
  issuer: string;
  jwksUrl: string;
  resourceIdentifier: string;
  scopes: string[];
  metadata: { key: string; optional: boolean }[];
};

const literal = (value: unknown) => JSON.stringify(value);

export function consentTokenExample(options: TExampleOptions): string {
  const metadata = Object.fromEntries(options.metadata.map((m) => [m.key, { optional: m.optional }]));
  return `import { createRemoteJWKSet, jwtVerify } from "jose";

// Maskinporten (${options.environment}): the issuer and its signing keys (fetched once, then cached by jose).
const ISSUER = ${literal(options.issuer)};
const JWKS = createRemoteJWKSet(new URL(${literal(options.jwksUrl)}), { timeoutDuration: 5000 });

// Your consent resource, the scopes that give access to your API, and the resource's declared metadata.
const RESOURCE_ID = ${literal(options.resourceIdentifier)};
const SCOPES: string[] = ${literal(options.scopes)};
const METADATA: Record<string, { optional: boolean }> = ${literal(metadata)};

type ConsentRight = {
  resource?: { type?: string; value?: string }[];
  metadata?: Record<string, string>;
  metaData?: Record<string, string>; // some docs spell it this way: accept both
};
type Consent = { type?: string; id?: string; from?: string; to?: { ID?: string }; validTo?: string; consentRights?: ConsentRight[] };

const rightFor = (consent: Consent) => consent.consentRights?.find((r) => r.resource?.some((res) => res.value === RESOURCE_ID));

/** Throws unless the token carries a valid consent to RESOURCE_ID; \`expected\` compares metadata values. */
export async function verifyConsentToken(token: string, expected: Record<string, string> = {}) {
  // Signature (RS256 by a key in Maskinporten's JWKS), iss, and exp in the future.
  const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, algorithms: ["RS256"], requiredClaims: ["exp"] });

  const granted = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
  if (!SCOPES.some((scope) => granted.includes(scope))) throw new Error(\`scope: none of \${SCOPES.join(", ")}\`);

  const details = Array.isArray(payload.authorization_details) ? (payload.authorization_details as Consent[]) : [];
  const consents = details.filter((detail) => detail?.type === "urn:altinn:consent");
  if (consents.length === 0) throw new Error("authorization_details: no urn:altinn:consent");
  const consent = consents.find(rightFor) ?? consents[0];

  // The consent must be given to the organisation that holds the token.
  const consumer = (payload.consumer as { ID?: string } | undefined)?.ID;
  if (!consumer || consent.to?.ID !== consumer) throw new Error("to.ID is not the token's consumer.ID");
  if (!(Date.parse(consent.validTo ?? "") > Date.now())) throw new Error("validTo has passed");

  const right = rightFor(consent);
  if (!right) throw new Error(\`no consent right for \${RESOURCE_ID}\`);
  const metadata = right.metadata ?? right.metaData ?? {};
  for (const [key, { optional }] of Object.entries(METADATA)) {
    if (!optional && metadata[key] === undefined) throw new Error(\`metadata: \${key} is missing\`);
  }
  for (const key of Object.keys(metadata)) {
    if (!(key in METADATA)) throw new Error(\`metadata: \${key} is not declared\`);
  }
  for (const [key, value] of Object.entries(expected)) {
    if (metadata[key] !== value) throw new Error(\`metadata: \${key} is not \${value}\`);
  }
  return { consumer, from: consent.from, consentId: consent.id, metadata };
}
`;
}
