import { describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { toServiceResource } from "@/lib/publishing/to-service-resource";
import type { TScope } from "@/lib/scopes/scope-dto";
import { compareAccessList, connectionLabel } from "./compare-access-list";
import { compareClient, withoutMarker } from "./compare-client";
import { compareResource } from "./compare-resource";
import { compareScope } from "./compare-scope";

// Each comparison as a pure function over the portal's shape and upstream's: which fields differ, with both values.

const scope: TScope = {
  id: "s1",
  environment: "test",
  name: "skd:inntekt",
  prefix: "skd",
  subscope: "inntekt",
  description: "Inntekt",
  longDescription: null,
  visibility: "PUBLIC",
  tokenLifetimeSeconds: null,
  allowedIntegrationTypes: ["maskinporten"],
  active: true,
  version: 1,
};

describe("compareScope", () => {
  it("agrees with Maskinporten's defaults, and names each differing field with both values", () => {
    expect(compareScope(scope, { prefix: "skd", subscope: "inntekt", description: "Inntekt" })).toEqual({});
    expect(
      compareScope(scope, {
        prefix: "skd",
        subscope: "inntekt",
        description: "Changed in Digdir's UI",
        visibility: "PRIVATE",
        active: false,
        allowed_integration_types: ["api_klient", "maskinporten"],
      }),
    ).toEqual({
      description: { portal: "Inntekt", upstream: "Changed in Digdir's UI" },
      visibility: { portal: "PUBLIC", upstream: "PRIVATE" },
      active: { portal: true, upstream: false },
      allowedIntegrationTypes: { portal: ["maskinporten"], upstream: ["api_klient", "maskinporten"] },
    });
  });
});

describe("compareResource", () => {
  const owner = { orgNumber: "974761076", orgCode: "skd", name: "Skatteetaten" };
  const portal = toServiceResource(validDefinition, owner, { version: 3 });
  const policy = (lists: string[], mode: "Enabled" | "Disabled" = "Enabled") =>
    buildConsentPolicy({
      identifier: validDefinition.identifier,
      orgCode: "skd",
      accessListMode: mode,
      accessListIdentifiers: lists,
    });

  it("agrees with the same resource in another key order and version, and the same policy laid out differently", () => {
    const upstream = Object.fromEntries(Object.entries({ ...portal, version: "7" }).reverse()) as typeof portal;
    const reformatted = policy(["banker"]).replace(/\n\s*/g, "");
    expect(
      compareResource({ portal, upstream, portalPolicy: policy(["banker"]), upstreamPolicy: reformatted }),
    ).toEqual({});
  });

  it("goes one level into texts, compares lists as sets, and names the policy's differing permissions", () => {
    const upstream = {
      ...portal,
      title: { ...portal.title, nb: "Endret i Altinn Studio" },
      keywords: [...(portal.keywords ?? [])].reverse(),
      consentMetadata: { inntektsaar: { optional: true } },
    };
    const fields = compareResource({
      portal,
      upstream,
      portalPolicy: policy(["banker"]),
      upstreamPolicy: policy([], "Disabled"),
    });
    expect(Object.keys(fields).sort()).toEqual(["consentMetadata.inntektsaar", "policy", "title.nb"]);
    expect(fields["title.nb"]).toEqual({ portal: validDefinition.title.nb, upstream: "Endret i Altinn Studio" });
    expect(fields.policy?.portal).toEqual([
      expect.stringContaining("access-list=skd:banker & action-id=requestconsent"),
    ]);
    expect(fields.policy?.upstream).toEqual([
      expect.stringContaining("action-id=requestconsent & partytype=organization"),
    ]);
  });
});

describe("compareAccessList", () => {
  const side = {
    name: "Banker",
    description: "",
    members: ["910000001", "910000002"],
    connections: [connectionLabel("r1", ["requestconsent"])],
  };

  it("compares members and connections as sets, keeping only each side's extra members", () => {
    expect(compareAccessList(side, { ...side, members: ["910000002", "910000001", "910000001"] })).toEqual({});
    const fields = compareAccessList(side, {
      ...side,
      name: "Banks",
      members: ["910000002", "910000003"],
      connections: [connectionLabel("r1", null), connectionLabel("r2", ["requestconsent"])],
    });
    expect(fields).toEqual({
      name: { portal: "Banker", upstream: "Banks" },
      connections: { portal: ["r1 (requestconsent)"], upstream: ["r1 (*)", "r2 (requestconsent)"] },
      members: { portal: ["910000001"], upstream: ["910000003"] },
      memberCount: { portal: 2, upstream: 2 },
    });
  });
});

describe("compareClient", () => {
  it("reads the description without the portal's marker and compares scopes and keys by kid as sets", () => {
    expect(withoutMarker("Bankens klient [consent-portal:row-1]", "row-1")).toBe("Bankens klient");
    const portal = { name: "Klient", description: "Bankens klient", scopes: ["a", "b"], kids: ["k1"] };
    expect(compareClient(portal, { ...portal, scopes: ["b", "a"] })).toEqual({});
    expect(compareClient(portal, { ...portal, kids: ["k1", "k2"] })).toEqual({
      keys: { portal: ["k1"], upstream: ["k1", "k2"] },
    });
  });
});
