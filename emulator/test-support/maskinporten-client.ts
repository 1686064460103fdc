import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

/** An RSA key pair for a test client; `publicJwk` is what gets registered, `privateKey` signs assertions. */
export interface ClientKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function newClientKey(kid = `kid-${randomUUID()}`): Promise<ClientKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

/** What a test client puts in its JWT grant; every field can be overridden to build a bad assertion. */
export interface AssertionOptions {
  claims?: Record<string, unknown>;
  kid?: string;
  signWith?: CryptoKey;
}

/** A Maskinporten client as a test uses it: builds assertions and fetches tokens from one environment. */
export class TestMaskinportenClient {
  constructor(
    readonly baseUrl: string,
    readonly env: "test" | "prod",
    readonly clientId: string,
    readonly key: ClientKey,
  ) {}

  get issuer(): string {
    return `${this.baseUrl}/${this.env}/maskinporten/`;
  }

  async assertion(scope: string, options: AssertionOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: this.issuer,
      iss: this.clientId,
      iat: now,
      exp: now + 60,
      jti: randomUUID(),
      scope,
      ...options.claims,
    };
    const payload = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
    return new SignJWT(payload)
      .setProtectedHeader({ alg: "RS256", kid: options.kid ?? this.key.kid })
      .sign(options.signWith ?? this.key.privateKey);
  }

  async tokenResponse(assertion: string): Promise<Response> {
    return fetch(`${this.issuer}token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }),
    });
  }

  /** Fetches an access token or throws with the error description. */
  async accessToken(scope: string, options: AssertionOptions = {}): Promise<string> {
    const response = await this.tokenResponse(await this.assertion(scope, options));
    const body = (await response.json()) as { access_token?: string; error_description?: string };
    if (!response.ok || !body.access_token)
      throw new Error(`token refused: ${response.status} ${body.error_description}`);
    return body.access_token;
  }
}

/** Registers a client through the emulator's control endpoint (no admin token needed) with a fresh key. */
export async function registerTestClient(
  baseUrl: string,
  options: { env?: "test" | "prod"; orgNumber: string; scopes: string[]; clientId?: string },
): Promise<TestMaskinportenClient> {
  const env = options.env ?? "test";
  const key = await newClientKey();
  const clientId = options.clientId ?? `client-${randomUUID()}`;
  const response = await fetch(`${baseUrl}/_emulator/clients`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      env,
      client_id: clientId,
      client_orgno: options.orgNumber,
      scopes: options.scopes,
      jwks: { keys: [key.publicJwk] },
    }),
  });
  if (response.status !== 201)
    throw new Error(`client registration failed: ${response.status} ${await response.text()}`);
  return new TestMaskinportenClient(baseUrl, env, clientId, key);
}
