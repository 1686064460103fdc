import { describe, expect, it } from "vitest";
import { createClient } from "@/lib/clients/create-client";
import { portalMarker } from "@/lib/clients/client-target";
import type { TPublicJwk } from "@/lib/clients/public-jwk";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { PORTAL_ORG } from "@/lib/platform/upstream/contract/emulator-fixture";
import {
  getClient,
  getClientJwks,
  replaceClientJwks,
  updateClient,
} from "@/lib/platform/upstream/maskinporten-clients-client";
import { getResource, getResourcePolicy, updateResource } from "@/lib/platform/upstream/resource-registry-client";
import { generateTestClientKey } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { publishConsentResource } from "@/lib/publishing/publish-consent-resource";
import { createConsentResource, createOrganisation, uniqueSuffix } from "@/test/factories";
import { policyPermissions } from "./policy-permissions";
import { runDriftCheck } from "./run-drift-check";
import { runPendingChanges } from "./test-support/run-pending-changes";
import { driftFixture } from "./test-support/drift-fixture";

// A consent resource (fields and policy) and a consumer's Maskinporten client changed directly upstream, then resolved
// by the domain operation the action runs (resolve-finding.test.ts covers the action itself): "take upstream" in the
// portal's rows, "push" in the emulator's state.

const fixture = driftFixture();
const { db, findingOf, resolve } = fixture;
const skdActing = { environment: "test" as const, actingFor: "974761076" };
const DCR = ["idporten:dcr.read", "idporten:dcr.modify", "idporten:dcr.write"];

describe("a consent resource's drift", () => {
  /** Published by the portal (the real publish job), then its title changed in the registry directly. */
  async function driftedResource(options: { policyLists?: string[] } = {}) {
    const identifier = `skd-drift-${uniqueSuffix()}`;
    const scope = `skd:drift.res.${uniqueSuffix()}`;
    await db.maskinportenScope.create({
      data: {
        organisationId: fixture.skd.id,
        environment: "TEST",
        prefix: "skd",
        subscope: scope.slice(4),
        description: "R",
      },
    });
    const resource = await createConsentResource(db, {
      organisationId: fixture.skd.id,
      identifier,
      content: definitionFor({ identifier, scope }),
    });
    await db.$transaction((tx) =>
      publishConsentResource({ tx, organisation: fixture.skd, identifier, version: 1, environment: "TEST" }),
    );
    await runPendingChanges(db, fixture.skd.id, identifier);
    const upstream = (await getResource(skdActing, identifier))!;
    await updateResource(skdActing, { ...upstream, title: { ...upstream.title, nb: "Endret i Altinn Studio" } });
    if (options.policyLists) {
      const { putResourcePolicy } = await import("@/lib/platform/upstream/resource-registry-client");
      const policy = buildConsentPolicy({
        identifier,
        orgCode: "skd",
        accessListMode: "Enabled",
        accessListIdentifiers: options.policyLists,
      });
      await putResourcePolicy(skdActing, identifier, policy);
    }
    await runDriftCheck({ db, organisationId: fixture.skd.id, environment: "TEST" });
    return { identifier, resourceId: resource.id, finding: await findingOf(resource.id) };
  }

  it("take upstream: the registry's resource becomes the version published in test, nothing is sent", async () => {
    const { identifier, resourceId, finding } = await driftedResource();
    expect(finding.fields).toEqual({
      "title.nb": { portal: definitionFor({ identifier }).title.nb, upstream: "Endret i Altinn Studio" },
    });
    expect(await resolve(finding.id, "take-upstream")).toMatchObject({ id: finding.id });
    const publication = await db.consentResourcePublication.findFirstOrThrow({
      where: { resourceId, environment: "TEST" },
      select: { state: true, version: { select: { version: true, content: true } } },
    });
    expect(publication).toMatchObject({ state: "PUBLISHED", version: { version: 2 } });
    expect(publication.version.content).toMatchObject({ title: { nb: "Endret i Altinn Studio" } });
    expect(await db.upstreamChange.count({ where: { targetId: identifier, status: "PENDING" } })).toBe(0);
    await runDriftCheck({ db, organisationId: fixture.skd.id, environment: "TEST" });
    expect(await db.driftFinding.count({ where: { objectId: resourceId, resolvedAt: null } })).toBe(0);
  });

  it("push: the portal's resource and policy go back to the registry, compared by meaning", async () => {
    const { identifier, finding } = await driftedResource({ policyLists: ["banker"] });
    expect(Object.keys(finding.fields as object).sort()).toEqual(["policy", "title.nb"]);
    expect(await resolve(finding.id, "push-portal")).toMatchObject({ id: finding.id });
    expect(await runPendingChanges(db, fixture.skd.id, identifier)).toEqual(["registry.resource.publish"]);
    expect((await getResource(skdActing, identifier))?.title?.nb).toBe(definitionFor({ identifier }).title.nb);
    expect(policyPermissions((await getResourcePolicy(skdActing, identifier))!)).toContainEqual(
      expect.stringContaining("partytype=organization"),
    );
    await runDriftCheck({ db, organisationId: fixture.skd.id, environment: "TEST" });
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      resolution: "push-portal",
      resolvedAt: expect.any(Date),
    });
  });
});

describe("a Maskinporten client's drift", () => {
  /** A consumer's client created by the portal (the real create job), then renamed and given a key at Digdir. */
  async function driftedClient() {
    const consumer = await createOrganisation(db);
    await db.membership.create({ data: { userId: fixture.admin.id, organisationId: consumer.id, role: "ADMIN" } });
    await fixture.emulator.control("POST", "/_emulator/delegations", {
      env: "test",
      consumerOrg: consumer.orgNumber,
      supplierOrg: PORTAL_ORG,
      scopes: DCR,
    });
    const key = await generateTestClientKey();
    const { client } = await db.$transaction((tx) =>
      createClient({
        tx,
        organisation: consumer,
        input: {
          environment: "test",
          name: "Bankens klient",
          description: "Fra portalen",
          scopes: [],
          publicJwk: key.publicJwk as TPublicJwk,
        },
      }),
    );
    await runPendingChanges(db, consumer.id);
    const { clientId } = await db.maskinportenClient.findUniqueOrThrow({ where: { id: client.id } });
    const acting = { environment: "test" as const, actingFor: consumer.orgNumber };
    await updateClient(acting, clientId!, {
      client_name: "Endret hos Digdir",
      description: `Fra portalen ${portalMarker(client.id)}`,
      scopes: [],
    });
    const extra = await generateTestClientKey();
    await replaceClientJwks(acting, clientId!, [key.publicJwk, extra.publicJwk] as TPublicJwk[]);
    await runDriftCheck({ db, organisationId: consumer.id, environment: "TEST" });
    return {
      consumer,
      acting,
      clientId: clientId!,
      rowId: client.id,
      keys: [key.kid, extra.kid],
      finding: await findingOf(client.id),
    };
  }

  it("take upstream: the row gets Maskinporten's name and its key set by kid", async () => {
    const { consumer, rowId, keys, finding } = await driftedClient();
    expect(finding.fields).toEqual({
      name: { portal: "Bankens klient", upstream: "Endret hos Digdir" },
      keys: { portal: [keys[0]], upstream: [...keys].sort() },
    });
    expect(await resolve(finding.id, "take-upstream", consumer.id)).toMatchObject({ id: finding.id });
    const row = await db.maskinportenClient.findUniqueOrThrow({
      where: { id: rowId },
      include: { keys: { where: { removedAt: null } } },
    });
    expect(row.name).toBe("Endret hos Digdir");
    expect(row.keys.map((key) => key.kid).sort()).toEqual([...keys].sort());
  });

  it("push: Maskinporten gets the portal's name and keys back", async () => {
    const { consumer, acting, clientId, keys, finding } = await driftedClient();
    expect(await resolve(finding.id, "push-portal", consumer.id)).toMatchObject({ id: finding.id });
    expect((await runPendingChanges(db, consumer.id)).sort()).toEqual([
      "maskinporten.client.jwks.replace",
      "maskinporten.client.update",
    ]);
    expect((await getClient(acting, clientId))?.client_name).toBe("Bankens klient");
    expect((await getClientJwks(acting, clientId)).keys.map((key) => key.kid)).toEqual([keys[0]]);
  });
});
