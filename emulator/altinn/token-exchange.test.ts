import type { IncomingMessage } from "node:http";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { ProblemError } from "../problem";
import { registerTestClient, type TestMaskinportenClient } from "../test-support/maskinporten-client";
import { requireAltinnToken } from "./require-altinn-token";

const SKD = "974761076";
const SCOPES = "altinn:resourceregistry/resource.write altinn:authentication/exchange";

const emulator = emulatorPerFile();
let skd: TestMaskinportenClient;

beforeEach(async () => {
  skd = await registerTestClient(emulator.url, { orgNumber: SKD, scopes: SCOPES.split(" ") });
});

const exchangeUrl = (env = "test") => `${emulator.url}/${env}/platform/authentication/api/v1/exchange/maskinporten`;
const exchange = (token: string, env = "test") =>
  fetch(exchangeUrl(env), { headers: { authorization: `Bearer ${token}` } });
const requestWith = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as IncomingMessage;

describe("Altinn token exchange", () => {
  it("exchanges a Maskinporten token for an Altinn token as plain text", async () => {
    const maskinportenToken = await skd.accessToken(SCOPES);
    const response = await exchange(maskinportenToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const altinnToken = await response.text();

    const base = `${emulator.url}/test/platform/authentication/api/v1/openid/`;
    const configuration = (await (await fetch(`${base}.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    expect(configuration.issuer).toBe(base);
    const { payload } = await jwtVerify(altinnToken, createRemoteJWKSet(new URL(configuration.jwks_uri ?? "")), {
      issuer: base,
    });
    expect(payload).toMatchObject({
      scope: SCOPES,
      client_id: skd.clientId,
      "urn:altinn:orgNumber": SKD,
      "urn:altinn:org": "skd",
      consumer: { authority: "iso6523-actorid-upis", ID: `0192:${SKD}` },
    });
    const { payload: original } = await jwtVerify(maskinportenToken, createRemoteJWKSet(new URL(`${skd.issuer}jwk`)));
    expect(payload.exp).toBeLessThanOrEqual(original.exp ?? 0);

    await expect(
      requireAltinnToken(requestWith(altinnToken), "test", ["altinn:resourceregistry/resource.write"]),
    ).resolves.toEqual({
      orgNumber: SKD,
      orgCode: "skd",
      scopes: SCOPES.split(" "),
      clientId: skd.clientId,
    });
  });

  it("answers 401 to an invalid token, a missing one and another environment's", async () => {
    expect((await exchange("not-a-jwt")).status).toBe(401);
    expect((await fetch(exchangeUrl())).status).toBe(401);
    expect((await exchange(await skd.accessToken(SCOPES), "prod")).status).toBe(401);
  });

  it("requireAltinnToken refuses Maskinporten tokens (401) and missing scopes (403)", async () => {
    const maskinportenToken = await skd.accessToken(SCOPES);
    await expect(requireAltinnToken(requestWith(maskinportenToken), "test", [])).rejects.toMatchObject({ status: 401 });
    const altinnToken = await (await exchange(await skd.accessToken(SCOPES))).text();
    await expect(requireAltinnToken(requestWith(altinnToken), "prod", [])).rejects.toMatchObject({ status: 401 });
    const refused = requireAltinnToken(requestWith(altinnToken), "test", ["altinn:consentrequests.write"]);
    await expect(refused).rejects.toBeInstanceOf(ProblemError);
    await expect(refused).rejects.toMatchObject({ status: 403 });
  });
});
