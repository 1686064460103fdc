import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { ENDUSER_SCOPES, exchangePersonToken, personAccessToken } from "../accessmanagement/supplier-test-helpers";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { registerTestClient } from "../test-support/maskinporten-client";
import { altinnUserOf } from "./person-exchange";

// The person's path into Altinn: an ID-porten access token asked with Altinn scopes, exchanged at Altinn
// Authentication's `exchange/id-porten`, as AuthenticationController.AuthenticateIdPortenToken does it (ID-porten's
// keys only: an Ansattporten token is refused).

const emulator = emulatorPerFile();
const PID = "21818297804";

describe("exchange/id-porten", () => {
  it("gives a login that asked for Altinn scopes a JWT access token with pid, acr and the scopes", async () => {
    const accessToken = await personAccessToken(emulator.url, PID);
    const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(`${emulator.url}/idporten/jwks`)));
    expect(payload).toMatchObject({ pid: PID, acr: "idporten-loa-substantial", client_id: "consent-portal-local" });
    expect(payload.amr).toBeDefined();
    expect(String(payload.scope).split(" ")).toEqual(expect.arrayContaining(ENDUSER_SCOPES));
  });

  it("answers an Altinn token with Altinn's claim names, expiring with the original", async () => {
    const accessToken = await personAccessToken(emulator.url, PID);
    const response = await exchangePersonToken(emulator.url, accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const altinnToken = await response.text();
    const base = `${emulator.url}/test/platform/authentication/api/v1/openid/`;
    const { payload } = await jwtVerify(
      altinnToken,
      createRemoteJWKSet(new URL(`${base}.well-known/openid-configuration/jwks`)),
      {
        issuer: base,
      },
    );
    const user = altinnUserOf(PID);
    expect(payload).toMatchObject({
      nameid: String(user.userId),
      "urn:altinn:userid": String(user.userId),
      "urn:altinn:partyid": user.partyId,
      "urn:altinn:party:uuid": user.partyUuid,
      "urn:altinn:authlevel": 3,
      "urn:altinn:authenticatemethod": "TestID",
      pid: PID,
      acr: "idporten-loa-substantial",
      client_id: "consent-portal-local",
    });
    expect(payload.scope).toBe(decodeJwt(accessToken).scope);
    expect(payload.sub).toBeUndefined();
    expect(payload.aud).toBeUndefined();
    expect(payload.exp).toBe(decodeJwt(accessToken).exp);
  });

  it("refuses without a body: no token, a foreign signature or an opaque token 401", async () => {
    const bare = async (response: Response) => ({ status: response.status, body: await response.text() });
    expect(await bare(await fetch(`${emulator.url}/test/platform/authentication/api/v1/exchange/id-porten`))).toEqual({
      status: 401,
      body: "",
    });
    // An organisation's Maskinporten token is not signed by the login's keys.
    const org = await registerTestClient(emulator.url, { orgNumber: "313876144", scopes: ENDUSER_SCOPES });
    expect(
      await bare(await exchangePersonToken(emulator.url, await org.accessToken(ENDUSER_SCOPES.join(" ")))),
    ).toEqual({
      status: 401,
      body: "",
    });
    const { privateKey } = await generateKeyPair("RS256");
    const forged = await new SignJWT({ pid: PID, acr: "idporten-loa-high", scope: ENDUSER_SCOPES.join(" ") })
      .setProtectedHeader({ alg: "RS256" })
      .setExpirationTime("5m")
      .sign(privateKey);
    expect((await exchangePersonToken(emulator.url, forged)).status).toBe(401);
    // A login without any Altinn scope keeps an opaque token (for userinfo): not a JWT Altinn can read.
    expect(await bare(await exchangePersonToken(emulator.url, await personAccessToken(emulator.url, PID, [])))).toEqual(
      {
        status: 401,
        body: "",
      },
    );
  });

  it("refuses an Ansattporten token with pid, acr and Altinn's scopes: 401, no body (ID-porten's keys only)", async () => {
    const accessToken = await personAccessToken(emulator.url, PID, ENDUSER_SCOPES, "ansattporten");
    // A well-formed token of the emulator's Ansattporten, signed with its own key.
    const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(`${emulator.url}/ansattporten/jwks`)));
    expect(payload).toMatchObject({ pid: PID, acr: "idporten-loa-substantial" });
    const response = await exchangePersonToken(emulator.url, accessToken);
    expect({ status: response.status, body: await response.text() }).toEqual({ status: 401, body: "" });
  });
});
