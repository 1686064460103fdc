import type { TUpstreamEnvironment } from "@/lib/platform/environment";
// The validator's checks as code for the owner's own API (shown on the validator page). Kept to the same
// rules and order as `verify-consent-token.ts`; `consent-token-example.test.ts` runs this code against the
// same tokens as the validator to keep the two in step.

export type TExampleOptions = {
  environment: TUpstreamEnvironment;
  issuer: string;
  jwksUrl: string;
  resourceIdentifier: string;
  /** `{org}_{serviceCode}_{serviceEditionCode}` for a resource migrated from Altinn 2, else null. */
  migratedResourceIdentifier: string | null;
  /** null: no scope required (the validator's default); else the token must carry one of these. */
  requiredScopes: string[] | null;
  metadata: { key: string }[];
};

const literal = (value: unknown) => JSON.stringify(value);

export function consentTokenExample(options: TExampleOptions): string {
  const keys = options.metadata.map((m) => m.key);
  return `import { createRemoteJWKSet, jwtVerify } from "jose";

// Maskinporten (${options.environment}): the issuer and its signing keys (fetched once, then cached by jose).
const ISSUER = ${literal(options.issuer)};
const JWKS = createRemoteJWKSet(new URL(${literal(options.jwksUrl)}), { timeoutDuration: 5000 });

// Your consent resource. Consents converted from Altinn 2 name it {org}_{serviceCode}_{serviceEditionCode}.
const RESOURCE_ID = ${literal(options.resourceIdentifier)};
const MIGRATED_RESOURCE_ID: string | null = ${literal(options.migratedResourceIdentifier)};
// null: no scope of yours is required. Consent tokens carry the consumer's altinn:consentrequests.* scope; require
// your own only if your API's clients also get it.
const REQUIRED_SCOPES: string[] | null = ${literal(options.requiredScopes)};
// The resource's metadata keys. Altinn requires every one of them and compares keys ignoring case.
const METADATA_KEYS: string[] = ${literal(keys)};

type ConsentRight = {
  resource?: { type?: string; value?: string }[];
  metadata?: Record<string, string>;
  metaData?: Record<string, string>; // some docs spell it this way: accept both
};
type Consent = { type?: string; id?: string; from?: string; to?: { ID?: string }; validTo?: string; consentRights?: ConsentRight[] };

const isResource = (id?: string) =>
  id === RESOURCE_ID || (MIGRATED_RESOURCE_ID !== null && id?.toLowerCase() === MIGRATED_RESOURCE_ID.toLowerCase());
const rightFor = (consent: Consent) => consent.consentRights?.find((r) => r.resource?.some((res) => isResource(res.value)));
const sameKey = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const valueOf = (metadata: Record<string, string>, key: string) => {
  const name = Object.keys(metadata).find((given) => sameKey(given, key));
  return name === undefined ? undefined : metadata[name];
};

/** Throws unless the token carries a valid consent to RESOURCE_ID; \`expected\` compares metadata values. */
export async function verifyConsentToken(token: string, expected: Record<string, string> = {}) {
  // Signature (RS256 by a key in Maskinporten's JWKS), iss, and exp in the future.
  const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, algorithms: ["RS256"], requiredClaims: ["exp"] });

  if (REQUIRED_SCOPES !== null) {
    const granted = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
    if (!REQUIRED_SCOPES.some((scope) => granted.includes(scope))) throw new Error(\`scope: none of \${REQUIRED_SCOPES.join(", ")}\`);
  }

  const details = Array.isArray(payload.authorization_details) ? (payload.authorization_details as Consent[]) : [];
  const consents = details.filter((detail) => detail?.type === "urn:altinn:consent");
  if (consents.length === 0) throw new Error("authorization_details: no urn:altinn:consent");
  const consent = consents.find(rightFor) ?? consents[0];

  // The consent must be given to the organisation the token is for, also when a supplier fetched it (supplier.ID).
  const consumer = (payload.consumer as { ID?: string } | undefined)?.ID;
  const supplier = (payload.supplier as { ID?: string } | undefined)?.ID ?? null;
  if (!consumer || consent.to?.ID !== consumer) throw new Error("to.ID is not the token's consumer.ID");
  if (!(Date.parse(consent.validTo ?? "") > Date.now())) throw new Error("validTo has passed");

  const right = rightFor(consent);
  if (!right) throw new Error(\`no consent right for \${RESOURCE_ID}\`);
  const metadata = right.metadata ?? right.metaData ?? {};
  for (const key of METADATA_KEYS) {
    if (valueOf(metadata, key) === undefined) throw new Error(\`metadata: \${key} is missing\`);
  }
  const given = Object.keys(metadata);
  for (const key of given) {
    if (!METADATA_KEYS.some((declared) => sameKey(declared, key))) throw new Error(\`metadata: \${key} is not declared\`);
    if (given.filter((other) => sameKey(other, key)).length > 1) throw new Error(\`metadata: \${key} is given twice\`);
  }
  for (const [key, value] of Object.entries(expected)) {
    if (valueOf(metadata, key) !== value) throw new Error(\`metadata: \${key} is not \${value}\`);
  }
  return { consumer, supplier, from: consent.from, consentId: consent.id, metadata };
}
`;
}
