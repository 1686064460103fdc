import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import { BrowserSession, locationOf, pkcePair } from "../test-support/browser-session";

/** The portal's local client, registered with both issuers (client-config.ts defaults; tests pass an empty env). */
export const CLIENT = {
  id: "consent-portal-local",
  secret: "local-dev-secret-change-me",
  redirectUri: "http://localhost:3000/api/auth/callback/ansattporten",
};

export const portalResources = (...ids: string[]) =>
  ids.map((id) => ({ type: "ansattporten:altinn:resource", resource: `urn:altinn:resource:${id}` }));

/** Where a login stands: a page of the emulator (login page, picker) or the redirect back to the client. */
export interface Step {
  url: string;
  status: number;
  html: string;
}

/** A relying party plus its user's browser, driving Ansattporten's code flow step by step (for the tests). */
export class AnsattportenTestClient {
  readonly browser = new BrowserSession();
  #verifier = "";

  constructor(
    readonly issuer: string,
    readonly emulatorUrl: string,
    /** ID-porten's issuer knows the client's `/callback/idporten` URI, Ansattporten's also `/callback/ansattporten`. */
    readonly redirectUri = CLIENT.redirectUri,
  ) {}

  async discovery(): Promise<Record<string, unknown>> {
    return (await (await fetch(`${this.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  }

  /** Starts a login; `authorizationDetails` is sent as JSON unless it is already a string. */
  async start(authorizationDetails?: unknown, extra: Record<string, string> = {}): Promise<Step> {
    const { verifier, challenge } = pkcePair();
    this.#verifier = verifier;
    const params = new URLSearchParams({
      client_id: CLIENT.id,
      response_type: "code",
      scope: "openid profile",
      redirect_uri: this.redirectUri,
      state: "st",
      nonce: "no",
      code_challenge: challenge,
      code_challenge_method: "S256",
      ...extra,
    });
    if (authorizationDetails !== undefined)
      params.set(
        "authorization_details",
        typeof authorizationDetails === "string" ? authorizationDetails : JSON.stringify(authorizationDetails),
      );
    return this.go(`${this.issuer}/auth?${params}`);
  }

  /** Follows redirects inside the emulator until a page renders or the browser leaves for the client. */
  async go(start: string, first?: Response): Promise<Step> {
    let url = start;
    let response = first;
    for (let hop = 0; hop < 10; hop++) {
      if (response && (response.status < 300 || response.status >= 400))
        return { url, status: response.status, html: await response.text() };
      if (response) url = locationOf(response, url);
      if (!url.startsWith(this.emulatorUrl)) return { url, status: 302, html: "" };
      response = await this.browser.request(url);
    }
    throw new Error("too many redirects");
  }

  /** Posts a form of the current page and follows on. */
  async post(action: string, fields: Record<string, string> | URLSearchParams, from: string): Promise<Step> {
    const url = new URL(action, from).href;
    const response = await this.browser.request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
    return this.go(url, response);
  }

  /** Exchanges the code of the final redirect; returns the verified ID token claims and the userinfo answer. */
  async finish(
    callback: string,
  ): Promise<{ idToken: JWTPayload; userinfo: Record<string, unknown>; accessToken: string }> {
    const code = new URL(callback).searchParams.get("code");
    if (!code) throw new Error(`no code in ${callback}`);
    const meta = await this.discovery();
    const basic = Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString("base64");
    const tokenResponse = await fetch(String(meta.token_endpoint), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${basic}` },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        code_verifier: this.#verifier,
        redirect_uri: this.redirectUri,
      }),
    });
    const tokens = (await tokenResponse.json()) as { id_token: string; access_token: string };
    const jwks = createRemoteJWKSet(new URL(String(meta.jwks_uri)));
    const { payload } = await jwtVerify(tokens.id_token, jwks, { issuer: this.issuer, audience: CLIENT.id });
    const userinfo = await fetch(String(meta.userinfo_endpoint), {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    return {
      idToken: payload,
      userinfo: (await userinfo.json()) as Record<string, unknown>,
      accessToken: tokens.access_token,
    };
  }
}
