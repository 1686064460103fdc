import type { TConsentRequestBody } from "./consent-request-rules";

// What the consumer's own system sends, as copyable text: the request body, curl and TypeScript. Built from
// the same body the portal would send, so the snippets and "Try it in test" cannot drift apart.

export type TKitEndpoints = {
  /** Maskinporten's token endpoint and the assertion's `aud`. */
  tokenUrl: string;
  audience: string;
  consentRequestsUrl: string;
};

/** The consent token's scope in the consumer's own system: the service's scopes, else the consent API's read scope. */
export function consentTokenScope(serviceScopes: readonly string[]): string {
  return serviceScopes.length ? serviceScopes.join(" ") : CONSENT_READ;
}

const CONSENT_WRITE = "altinn:consentrequests.write";
const CONSENT_READ = "altinn:consentrequests.read";

export function jsonSnippet(body: TConsentRequestBody): string {
  return JSON.stringify(body, null, 2);
}

/** Shell-safe single quoting. */
const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * A supplier acting for its customer adds `consumer_org` (the customer) to every assertion: Maskinporten checks the
 * customer's delegation in Altinn and the token carries `supplier`; Altinn records the supplier as `handledBy`.
 */
export type TSnippetOptions = { consumerOrg?: string };

export function curlSnippet(
  body: TConsentRequestBody,
  endpoints: TKitEndpoints,
  tokenScope: string,
  options: TSnippetOptions = {},
): string {
  const detail = JSON.stringify([{ type: "urn:altinn:consent", id: body.id, from: body.from }]);
  const consumerOrg = options.consumerOrg ? ` consumer_org=${options.consumerOrg}` : "";
  return [
    "# 1. A Maskinporten token for your client: sign an assertion (RS256, your key's kid) with the claims",
    `#    aud=${endpoints.audience} iss=<client_id> scope=${CONSENT_WRITE}${consumerOrg} iat, exp (at most 120 s later), jti.`,
    `curl -s ${quote(endpoints.tokenUrl)} \\`,
    "  -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer \\",
    '  --data-urlencode "assertion=$ASSERTION"',
    "",
    "# 2. Create the consent request (201, or 200 for an id sent before); send the person to the viewUri in the answer.",
    "#    An error names Altinn's codes (AM-000NN); several at once come as HTTP 500 STD-00001: fix, do not retry.",
    `curl -s -X POST ${quote(endpoints.consentRequestsUrl)} \\`,
    '  -H "Authorization: Bearer $MASKINPORTEN_TOKEN" \\',
    "  -H 'Content-Type: application/json' \\",
    `  --data ${quote(JSON.stringify(body))}`,
    "",
    "# 3. Altinn sends the person back to redirectUrl with Status=OK or Status=Failed&ErrorMessage=... appended.",
    `#    Then ask for the request (a token for ${CONSENT_READ}) and compare its status case-insensitively: Altinn spells it Accepted.`,
    `curl -s ${quote(`${endpoints.consentRequestsUrl}/${body.id}`)} -H "Authorization: Bearer $MASKINPORTEN_READ_TOKEN"`,
    "",
    "# 4. Once the person has approved: a new token, whose assertion also carries",
    `#    scope=${tokenScope}${consumerOrg} and authorization_details=${detail}`,
    `curl -s ${quote(endpoints.tokenUrl)} \\`,
    "  -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer \\",
    '  --data-urlencode "assertion=$CONSENT_ASSERTION"',
  ].join("\n");
}

export function typescriptSnippet(
  body: TConsentRequestBody,
  endpoints: TKitEndpoints,
  tokenScope: string,
  options: TSnippetOptions = {},
): string {
  const request = JSON.stringify(body, null, 2).replaceAll("\n", "\n  ");
  const actingFor = options.consumerOrg
    ? `\n// You act for your customer: every token is asked with consumer_org (its delegation to you in Altinn).\nconst CONSUMER_ORG = ${JSON.stringify(options.consumerOrg)};\n`
    : "";
  const consumerClaim = options.consumerOrg ? "consumer_org: CONSUMER_ORG, " : "";
  return `import { importPKCS8, SignJWT } from "jose";

// Your Maskinporten client: its id, the kid of its key and the private key (PEM) you downloaded.
const CLIENT_ID = process.env.MASKINPORTEN_CLIENT_ID!;
const KID = process.env.MASKINPORTEN_KID!;
const key = await importPKCS8(process.env.MASKINPORTEN_PRIVATE_KEY!, "RS256");${actingFor}

async function maskinportenToken(scope: string, extra: Record<string, unknown> = {}): Promise<string> {
  const assertion = await new SignJWT({ scope, ${consumerClaim}...extra })
    .setProtectedHeader({ alg: "RS256", kid: KID })
    .setIssuer(CLIENT_ID)
    .setAudience(${JSON.stringify(endpoints.audience)})
    .setIssuedAt()
    .setExpirationTime("120s")
    .setJti(crypto.randomUUID())
    .sign(key);
  const response = await fetch(${JSON.stringify(endpoints.tokenUrl)}, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }),
  });
  if (!response.ok) throw new Error(\`Maskinporten: \${response.status} \${await response.text()}\`);
  return ((await response.json()) as { access_token: string }).access_token;
}

// 1. Create the consent request (the id is yours: repeating the POST after a timeout is safe).
const created = await fetch(${JSON.stringify(endpoints.consentRequestsUrl)}, {
  method: "POST",
  headers: { authorization: \`Bearer \${await maskinportenToken(${JSON.stringify(CONSENT_WRITE)})}\`, "content-type": "application/json" },
  body: JSON.stringify(${request}),
});
// 201 new, 200 the same id again. Errors carry Altinn's codes (AM-000NN, several at once as HTTP 500 STD-00001):
// they are answers about the request, so fix it rather than retry.
if (created.status !== 201 && created.status !== 200) throw new Error(\`Altinn: \${created.status} \${await created.text()}\`);
const { viewUri } = (await created.json()) as { viewUri: string };
// 2. Send the person to viewUri. Altinn sends them back to redirectUrl with Status=OK, or Status=Failed&ErrorMessage=…,
//    appended (after the # when the address has one). It does not add the id: put your own reference in redirectUrl.
const answer = await fetch(${JSON.stringify(`${endpoints.consentRequestsUrl}/${body.id}`)}, {
  headers: { authorization: \`Bearer \${await maskinportenToken(${JSON.stringify(CONSENT_READ)})}\` },
});
const { status } = (await answer.json()) as { status: string };
// Altinn spells statuses Created, Accepted, Rejected, ...: compare case-insensitively.
if (status.toLowerCase() !== "accepted") throw new Error(\`The consent is \${status}\`);

// 3. After approval: the consent token, to call the service owner's API with.
const consentToken = await maskinportenToken(${JSON.stringify(tokenScope)}, {
  authorization_details: [{ type: "urn:altinn:consent", id: ${JSON.stringify(body.id)}, from: ${JSON.stringify(body.from)} }],
});
`;
}
