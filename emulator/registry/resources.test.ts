import { describe, expect, it } from "vitest";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { consentPolicyXml, STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";
import { uploadPolicy } from "../test-support/registry-api";
import { ADMIN, resourcesPerFile, scopeReference, validationProblem, WRITE } from "../test-support/resource-api";

const { emulator, base, tokens, post, put, registryState } = resourcesPerFile();

describe("resources", () => {
  it("creates the real example consent resource (201, Location, empty body) and serves it publicly", async () => {
    const response = await post(tokens.stami, stamiConsentResource());
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(
      "/test/platform/resourceregistry/api/v1/resource/stami-samtykke-must",
    );
    expect(await response.text()).toBe("");

    const fetched = await fetch(`${base()}/resource/stami-samtykke-must`);
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toEqual(stamiConsentResource());
    const list = (await (await fetch(`${base()}/resource/resourcelist`)).json()) as { identifier: string }[];
    expect(list.map((resource) => resource.identifier)).toContain("stami-samtykke-must");
    const search = (await (await fetch(`${base()}/resource/Search?SearchTerm=medarbeider`)).json()) as unknown[];
    expect(search).toHaveLength(1);
    // Environments are separate.
    expect(
      (await fetch(`${emulator.url}/prod/platform/resourceregistry/api/v1/resource/stami-samtykke-must`)).status,
    ).toBe(404);
  });

  it("refuses to create the same identifier twice (409 with a text)", async () => {
    await post(tokens.stami, stamiConsentResource({ identifier: "stami-twice" }));
    const again = await post(tokens.stami, stamiConsentResource({ identifier: "stami-twice" }));
    expect(again.status).toBe(409);
    expect(await again.json()).toBe("The Resource already exist: stami-twice");
  });

  it.each([
    ["a too short identifier", { identifier: "ab" }, "Identifier"],
    ["an identifier with capitals", { identifier: "Stami-Must" }, "Identifier"],
    ["the reserved app_ prefix", { identifier: "app_stami_must" }, "Identifier"],
    ["the reserved se_ prefix", { identifier: "se_1234" }, "Identifier"],
    ["a title without nn", { title: { nb: "Tittel", en: "Title" } }, "Title"],
    ["a description without en", { description: { nb: "B", nn: "B" } }, "Description"],
    ["a delegable resource without rightDescription", { rightDescription: undefined }, "RightDescription"],
    ["no resourceType", { resourceType: undefined }, "ResourceType"],
    ["an unknown resourceType", { resourceType: "Samtykke" }, "$.resourceType"],
    ["an unknown accessListMode", { accessListMode: "On" }, "$.accessListMode"],
    ["no competent authority", { hasCompetentAuthority: undefined }, "HasCompetentAuthority.Organization"],
  ])("answers a ValidationProblem naming the field for %s", async (_case, override, field) => {
    const body = await validationProblem(
      await post(tokens.stami, stamiConsentResource({ identifier: "stami-invalid", ...override })),
    );
    expect(body.title).toBe("One or more validation errors occurred.");
    expect(Object.keys(body.errors)).toContain(field);
  });

  it("accepts any status text, a non-delegable resource without rightDescription, and any consent fields", async () => {
    const response = await post(
      tokens.stami,
      stamiConsentResource({
        identifier: "stami-own-scope",
        status: "Draft",
        delegable: false,
        rightDescription: undefined,
        ...scopeReference("stami:must.read"),
        // The registry stores consent fields unchecked (the portal must check them).
        consentMetadata: { Virksomhet: { optional: false } },
      }),
    );
    expect(response.status).toBe(201);
  });

  it("answers 401 with errors.InvalidPrefix for a scope with another organisation's prefix (admin exempt)", async () => {
    const response = await post(
      tokens.stami,
      stamiConsentResource({ identifier: "stami-foreign-scope", ...scopeReference("skd:inntekt.read") }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      title: "Unauthorized",
      status: 401,
      detail: "Not authorized for creating resource with the listed scopes",
      errors: { InvalidPrefix: ["skd:inntekt.read"] },
    });
    const admin = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [ADMIN] });
    expect(
      (
        await post(
          admin,
          stamiConsentResource({ identifier: "stami-foreign-scope", ...scopeReference("skd:inntekt.read") }),
        )
      ).status,
    ).toBe(201);
  });

  it("answers a bare 403 to another organisation for create, update, delete and policy", async () => {
    const create = await post(tokens.skd, stamiConsentResource({ identifier: "skd-pretends-stami" }));
    expect(create.status).toBe(403);
    expect(await create.text()).toBe("");

    await post(tokens.stami, stamiConsentResource({ identifier: "stami-owned" }));
    expect((await put(tokens.skd, "stami-owned", stamiConsentResource({ identifier: "stami-owned" }))).status).toBe(
      403,
    );
    expect(
      (await fetch(`${base()}/resource/stami-owned`, { method: "DELETE", headers: altinnHeaders(tokens.skd) })).status,
    ).toBe(403);
    const policy = await uploadPolicy(base(), tokens.skd, "stami-owned", consentPolicyXml("stami-owned"));
    expect(policy.status).toBe(403);
  });

  it("needs an Altinn token with the write scope", async () => {
    const anonymous = await fetch(`${base()}/resource`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(anonymous.status).toBe(401);
    const reader = await altinnToken(emulator.url, {
      orgNumber: STAMI_ORG_NUMBER,
      scopes: ["altinn:resourceregistry/accesslist.read"],
    });
    expect((await post(reader, stamiConsentResource({ identifier: "stami-no-scope" }))).status).toBe(403);
  });

  it("updates with PUT (200, empty body, version bumped), checks the identifier and deletes (not in prod)", async () => {
    await post(tokens.stami, stamiConsentResource({ identifier: "stami-update" }));
    const mismatch = await put(tokens.stami, "stami-update", stamiConsentResource({ identifier: "stami-other" }));
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toBe("Id in path does not match ID in resource");
    expect(
      (await put(tokens.stami, "stami-missing", stamiConsentResource({ identifier: "stami-missing" }))).status,
    ).toBe(404);
    const updated = await put(
      tokens.stami,
      "stami-update",
      stamiConsentResource({ identifier: "stami-update", status: "Completed" }),
    );
    expect(updated.status).toBe(200);
    expect(await updated.text()).toBe("");
    expect(((await (await fetch(`${base()}/resource/stami-update`)).json()) as { status: string }).status).toBe(
      "Completed",
    );
    expect((await registryState()).test?.["stami-update"]?.version).toBe(2);

    expect(
      (await fetch(`${base()}/resource/stami-update`, { method: "DELETE", headers: altinnHeaders(tokens.stami) }))
        .status,
    ).toBe(204);
    expect((await fetch(`${base()}/resource/stami-update`)).status).toBe(404);

    const prodToken = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [WRITE], env: "prod" });
    const prodBase = `${emulator.url}/prod/platform/resourceregistry/api/v1`;
    await fetch(`${prodBase}/resource`, {
      method: "POST",
      headers: altinnHeaders(prodToken),
      body: JSON.stringify(stamiConsentResource({ identifier: "stami-prod" })),
    });
    const prodDelete = await fetch(`${prodBase}/resource/stami-prod`, {
      method: "DELETE",
      headers: altinnHeaders(prodToken),
    });
    expect(prodDelete.status).toBe(403);
    expect(await prodDelete.text()).toContain("not allowed");
  });
});
