import { describe, expect, it } from "vitest";
import { emulatorPerFile, operatorAdminApi } from "../../test-support/emulator-per-file";
import { registerTestClient } from "../../test-support/maskinporten-client";

const SKD = "974761076";
const BANK = "313876144";

const emulator = emulatorPerFile();
// The operator acting for Skatteetaten through the built-in delegation, as the portal does.
const admin = operatorAdminApi<Record<string, unknown> & unknown[]>(emulator, SKD, "idporten:scopes.write");

const scopeBody = (subscope: string, prefix = "skd") => ({
  prefix,
  subscope,
  description: "Inntektsopplysninger",
  visibility: "PUBLIC",
  allowed_integration_types: ["maskinporten"],
});

describe("Maskinporten admin API: scopes", () => {
  it("creates a scope under an owned prefix", async () => {
    const created = await admin("POST", "/scopes", scopeBody("inntekt.read"));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "skd:inntekt.read",
      active: true,
      owner_orgnr: SKD,
      accessible_for_all: false,
    });
    expect((await admin("GET", "/scopes?scope=skd:inntekt.read")).body).toMatchObject({ name: "skd:inntekt.read" });
  });

  it("refuses a prefix the acting org does not own", async () => {
    const response = await admin("POST", "/scopes", scopeBody("inntekt.read", "nav"));
    expect(response.status).toBe(403);
    expect(response.body.error_description).toMatch(/nav/);
  });

  it.each(["Inntekt", "inntekt..read", ".inntekt", "inntekt/", "inn tekt", "inntekt-read"])(
    "refuses subscope %j",
    async (subscope) => {
      const response = await admin("POST", "/scopes", scopeBody(subscope));
      expect(response.status).toBe(400);
      expect(response.body.error_description).toMatch(/subscope/);
    },
  );

  it("accepts nested subscopes like a/b.c", async () => {
    expect((await admin("POST", "/scopes", scopeBody("a/b.c"))).status).toBe(201);
  });

  it("refuses to re-create a scope, even a deactivated one", async () => {
    await admin("POST", "/scopes", scopeBody("inntekt.read"));
    expect((await admin("POST", "/scopes", scopeBody("inntekt.read"))).status).toBe(409);
    await admin("DELETE", "/scopes?scope=skd:inntekt.read");
    expect((await admin("POST", "/scopes", scopeBody("inntekt.read"))).status).toBe(409);
  });

  it("deactivates on DELETE and keeps the scope readable", async () => {
    await admin("POST", "/scopes", scopeBody("inntekt.read"));
    const deleted = await admin("DELETE", "/scopes?scope=skd:inntekt.read");
    expect(deleted.body).toMatchObject({ name: "skd:inntekt.read", active: false });
    expect((await admin("GET", "/scopes?scope=skd:inntekt.read")).body).toMatchObject({ active: false });
    expect((await admin("GET", "/scopes")).body).toEqual([]);
    expect((await admin("GET", "/scopes?inactive=true")).body).toHaveLength(1);
  });

  it("updates mutable fields but not the name", async () => {
    await admin("POST", "/scopes", scopeBody("inntekt.read"));
    const updated = await admin("PUT", "/scopes?scope=skd:inntekt.read", {
      description: "Ny",
      accessible_for_all: true,
    });
    expect(updated.body).toMatchObject({ description: "Ny", accessible_for_all: true, visibility: "PUBLIC" });
    expect((await admin("PUT", "/scopes?scope=skd:inntekt.read", { subscope: "other" })).status).toBe(400);
  });

  it("grants scope access idempotently, revokes and lists it", async () => {
    await admin("POST", "/scopes", scopeBody("inntekt.read"));
    const path = `/scopes/access/${BANK}?scope=skd:inntekt.read`;
    const first = await admin("PUT", path);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      scope: "skd:inntekt.read",
      state: "APPROVED",
      consumer_orgno: BANK,
      owner_orgno: SKD,
    });
    expect((await admin("PUT", path)).status).toBe(200);
    expect((await admin("GET", "/scopes/access?scope=skd:inntekt.read")).body).toHaveLength(1);

    expect((await admin("DELETE", path)).body).toMatchObject({ state: "DENIED" });
    expect((await admin("DELETE", path)).status).toBe(200);
    const list = (await admin("GET", "/scopes/access?scope=skd:inntekt.read")).body;
    expect(list).toEqual([expect.objectContaining({ consumer_orgno: BANK, state: "DENIED" })]);
  });

  it("lets only the owner grant, and only to valid org numbers", async () => {
    await admin("POST", "/scopes", scopeBody("inntekt.read"));
    expect((await admin("PUT", "/scopes/access/123456789?scope=skd:inntekt.read")).status).toBe(400);
    const digdirToken = await (
      await registerTestClient(emulator.url, { orgNumber: "991825827", scopes: ["idporten:scopes.write"] })
    ).accessToken("idporten:scopes.write");
    expect((await admin("PUT", `/scopes/access/${BANK}?scope=skd:inntekt.read`, undefined, digdirToken)).status).toBe(
      403,
    );
    expect((await admin("GET", "/scopes/access?scope=skd:inntekt.read", undefined, digdirToken)).status).toBe(403);
  });

  it("needs a valid token with idporten:scopes.write", async () => {
    expect((await admin("GET", "/scopes", undefined, "not-a-token")).status).toBe(401);
    const bank = await registerTestClient(emulator.url, {
      orgNumber: BANK,
      scopes: ["altinn:authentication/exchange"],
    });
    const weak = await bank.accessToken("altinn:authentication/exchange");
    expect((await admin("GET", "/scopes", undefined, weak)).status).toBe(403);
  });
});
