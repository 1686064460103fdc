import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { BrowserSession, firstForm, locationOf, pkcePair } from "../test-support/browser-session";
import { TEST_PERSONS } from "./test-persons";

// Defaults from client-config.ts; the test passes an empty env so these apply.
const CLIENT_ID = "consent-portal-local";
const CLIENT_SECRET = "local-dev-secret-change-me";
const REDIRECT_URI = "http://localhost:3000/api/auth/callback/idporten";
const POST_LOGOUT_URI = "http://localhost:3000/";

let emulator: RunningEmulator;
let discovery: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, env: {} });
  const response = await fetch(`${emulator.idportenIssuer}/.well-known/openid-configuration`);
  discovery = (await response.json()) as Record<string, string>;
});
afterAll(() => emulator?.close());

function authorizeUrl(
  challenge: string | undefined,
  state: string,
  nonce = "n-123",
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: "code",
    scope: "openid profile",
    ...extra,
  });
  params.set("redirect_uri", REDIRECT_URI);
  params.set("state", state);
  params.set("nonce", nonce);
  if (challenge) {
    params.set("code_challenge", challenge);
    params.set("code_challenge_method", "S256");
  }
  return `${discovery.authorization_endpoint}?${params}`;
}

/** Follows redirects inside the emulator until one leaves it (to the client) or a page renders. */
async function follow(browser: BrowserSession, start: string): Promise<{ url: string; response: Response }> {
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    if (!url.startsWith(emulator.url)) return { url, response: new Response(null) };
    const response = await browser.request(url);
    if (response.status < 300 || response.status >= 400) return { url, response };
    url = locationOf(response, url);
  }
  throw new Error("too many redirects");
}

async function exchangeCode(code: string, verifier: string, auth: "basic" | "post" = "basic") {
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code,
    code_verifier: verifier,
    redirect_uri: REDIRECT_URI,
  });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (auth === "basic")
    headers.authorization = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
  else {
    body.set("client_id", CLIENT_ID);
    body.set("client_secret", CLIENT_SECRET);
  }
  return fetch(discovery.token_endpoint ?? "", { method: "POST", headers, body });
}

async function verifyIdToken(idToken: string): Promise<JWTPayload> {
  const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri ?? ""));
  const { payload } = await jwtVerify(idToken, jwks, { issuer: emulator.idportenIssuer, audience: CLIENT_ID });
  return payload;
}

describe("ID-porten emulator", () => {
  it("publishes discovery under /idporten and answers the health check", async () => {
    expect(discovery.issuer).toBe(emulator.idportenIssuer);
    expect(discovery.authorization_endpoint).toBe(`${emulator.url}/idporten/auth`);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
    expect(discovery.end_session_endpoint).toBe(`${emulator.url}/idporten/session/end`);
    const health = await fetch(`${emulator.url}/_emulator/health`);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  it("rejects an authorization request without PKCE", async () => {
    const { url } = await follow(new BrowserSession(), authorizeUrl(undefined, "s0"));
    const callback = new URL(url);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("code")).toBeNull();
  });

  it("logs in a test person, issues pid and name, and logs out", async () => {
    const browser = new BrowserSession();
    const { verifier, challenge } = pkcePair();
    const page = await follow(browser, authorizeUrl(challenge, "state-1"));
    expect(page.url).toMatch(new RegExp(`^${emulator.url}/idporten/interaction/[\\w-]+$`));
    const html = await page.response.text();
    expect(html).toContain("<title>ID-porten test login (emulator)</title>");
    for (const person of TEST_PERSONS) {
      expect(html).toContain(`value="${person.pid}">Log in as ${person.name} (${person.pid})</button>`);
    }

    const rejected = await browser.postForm(`${page.url}/login`, { pid: "01039012345", name: "Nobody" });
    expect(rejected.status).toBe(400);
    expect(await rejected.text()).toMatch(/role="alert"[\s\S]*invalid check digits/);

    const chosen = await browser.postForm(`${page.url}/login`, { person: "21818297804" });
    expect(chosen.status).toBe(303);
    // Straight back to the client: no consent page in between.
    const { url: callbackUrl } = await follow(browser, locationOf(chosen, page.url));
    const callback = new URL(callbackUrl);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe("state-1");
    const code = callback.searchParams.get("code") ?? "";
    expect(code).not.toBe("");

    const tokenResponse = await exchangeCode(code, verifier);
    expect(tokenResponse.status).toBe(200);
    const tokens = (await tokenResponse.json()) as { id_token: string; access_token: string };
    const claims = await verifyIdToken(tokens.id_token);
    expect(claims).toMatchObject({
      pid: "21818297804",
      name: "Kari Nordmann",
      acr: "idporten-loa-substantial",
      amr: ["TestID"],
      locale: "nb",
      nonce: "n-123",
    });
    expect(claims.sub).not.toBe("21818297804");

    const userinfo = await fetch(discovery.userinfo_endpoint ?? "", {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(await userinfo.json()).toMatchObject({ sub: claims.sub, pid: "21818297804", name: "Kari Nordmann" });

    // Single sign-on: a second request skips the login page; a wrong PKCE verifier is refused.
    const second = await follow(browser, authorizeUrl(pkcePair().challenge, "state-2"));
    const secondCode = new URL(second.url).searchParams.get("code") ?? "";
    expect(secondCode).not.toBe("");
    const wrongVerifier = await exchangeCode(secondCode, verifier);
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: "invalid_grant" });

    const logoutParams = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: POST_LOGOUT_URI,
      state: "bye",
    });
    const logoutPage = await browser.request(`${discovery.end_session_endpoint}?${logoutParams}`);
    expect(logoutPage.status).toBe(200);
    const form = firstForm(await logoutPage.text(), logoutPage.url);
    expect(form.fields.logout).toBe("yes");
    const loggedOut = await browser.postForm(form.action, form.fields);
    expect(loggedOut.status).toBe(303);
    expect(loggedOut.headers.get("location")).toBe(`${POST_LOGOUT_URI}?state=bye`);

    // The session is gone: the next authorization request shows the login page again.
    const afterLogout = await follow(browser, authorizeUrl(pkcePair().challenge, "state-3"));
    expect(afterLogout.url).toContain("/idporten/interaction/");
  });

  it("logs in any valid synthetic number with a typed name (client_secret_post)", async () => {
    const browser = new BrowserSession();
    const { verifier, challenge } = pkcePair();
    const page = await follow(browser, authorizeUrl(challenge, "state-4"));
    // 12839120085: independently computed valid synthetic number that is not a listed person.
    const chosen = await browser.postForm(`${page.url}/login`, { pid: "12839120085", name: "Test Testesen" });
    expect(chosen.status).toBe(303);
    const { url } = await follow(browser, locationOf(chosen, page.url));
    const code = new URL(url).searchParams.get("code") ?? "";
    const tokenResponse = await exchangeCode(code, verifier, "post");
    expect(tokenResponse.status).toBe(200);
    const { id_token } = (await tokenResponse.json()) as { id_token: string };
    expect(await verifyIdToken(id_token)).toMatchObject({ pid: "12839120085", name: "Test Testesen" });
  });

  it("asks again with prompt=login or an exceeded max_age despite a live session, and states auth_time", async () => {
    // ID-porten's step-up: OIDC Core 3.1.2.1 (prompt=login, max_age) and 2 (auth_time when max_age was asked for).
    const browser = new BrowserSession();
    const logIn = async (extra: Record<string, string>) => {
      const { verifier, challenge } = pkcePair();
      const page = await follow(browser, authorizeUrl(challenge, "step-up", "n-123", extra));
      let callback = page.url;
      if (page.url.includes("/idporten/interaction/")) {
        const chosen = await browser.postForm(`${page.url}/login`, { person: "21818297804" });
        callback = (await follow(browser, locationOf(chosen, page.url))).url;
      }
      const code = new URL(callback).searchParams.get("code") ?? "";
      const tokens = (await (await exchangeCode(code, verifier)).json()) as { id_token: string };
      const claims = await verifyIdToken(tokens.id_token);
      return {
        askedWho: page.url.includes("/idporten/interaction/"),
        claims: { ...claims, auth_time: Number(claims.auth_time) },
      };
    };
    const first = await logIn({});
    expect(first.askedWho).toBe(true);
    expect(first.claims.auth_time).toBeGreaterThan(Date.now() / 1000 - 60);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const sso = await logIn({ max_age: "3600" });
    expect(sso).toMatchObject({ askedWho: false, claims: { auth_time: first.claims.auth_time } });

    const again = await logIn({ prompt: "login" });
    expect(again.askedWho).toBe(true);
    expect(again.claims.auth_time).toBeGreaterThan(first.claims.auth_time);

    // oidc-provider counts whole seconds and asks again only past max_age: two seconds for a max_age of one.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const tooOld = await logIn({ max_age: "1" });
    expect(tooOld.askedWho).toBe(true);
    expect(tooOld.claims.auth_time).toBeGreaterThan(again.claims.auth_time);
  });
});
