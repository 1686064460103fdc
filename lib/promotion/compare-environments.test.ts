import { describe, expect, it } from "vitest";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { DEFAULT_SCOPE_FIELDS, ZScopeFields } from "@/lib/scopes/schemas";
import { compareAccessLists, compareConnections } from "./compare-access-lists";
import { compareResource, type TPublicationRecord } from "./compare-resources";
import { compareScopes, type TScopeRecord } from "./compare-scopes";
import { promotionRefusals } from "./promotion-refusals";

// The comparison's pure parts: which fields differ, what is missing in production, which policy rule differs, and
// which selections are refused before anything is written.

const ownFields = ZScopeFields.parse({ ...DEFAULT_SCOPE_FIELDS, description: "Inntekt" });
const scope = (subscope: string, changes: Partial<TScopeRecord> = {}): TScopeRecord => ({
  ...ownFields,
  ...{ id: `id-${subscope}`, name: `skd:${subscope}`, subscope, active: true, version: 1, sync: null },
  ...changes,
});

const synced = { changeId: "c", kind: "registry.resource.publish", status: "SYNCED" as const, lastError: null };
const publication = (version: number, changes: Partial<TPublicationRecord> = {}): TPublicationRecord => ({
  version,
  state: "PUBLISHED",
  definition: definitionFor({ identifier: "skd-inntekt", scope: "skd:inntekt" }),
  accessLists: [],
  sync: synced,
  ...changes,
});

const context = {
  orgCode: "skd",
  scopePrefix: "skd",
  prodScopeNames: new Set(["skd:inntekt"]),
  missingConnections: new Map<string, string[]>(),
  connectedInProd: new Set<string>(),
};

describe("comparing test and production", () => {
  it("names each scope field that differs, a scope missing in production and one only there", () => {
    const test = [
      scope("a", { description: "Ny", longDescription: null }),
      scope("b", { allowedIntegrationTypes: ["maskinporten", "krr"] }),
      scope("c"),
    ];
    const prod = [
      scope("a", { tokenLifetimeSeconds: 300 }),
      scope("b", { allowedIntegrationTypes: ["krr", "maskinporten"] }),
      scope("d"),
    ];
    const byName = Object.fromEntries(compareScopes(test, prod).map((c) => [c.name, c]));
    expect(byName["skd:a"]!.status).toBe("differs");
    expect(byName["skd:a"]!.differences).toEqual([
      { field: "description", test: "Ny", prod: "Inntekt" },
      { field: "tokenLifetimeSeconds", test: "", prod: "300" },
    ]);
    expect(byName["skd:b"]!.status).toBe("equal"); // order of integration types and null/"" are no difference
    expect(byName["skd:c"]).toMatchObject({ status: "missingInProd", key: "scope:skd:c", blocker: null });
    expect(byName["skd:d"]!.status).toBe("onlyInProd");
  });

  it("refuses a deactivated or pending production scope, and an inactive test scope", () => {
    const pending = { changeId: "x", kind: "k", status: "PENDING" as const, lastError: null, attempts: 0 };
    const [a, b, c] = compareScopes(
      [scope("a", { description: "x" }), scope("b", { description: "x" }), scope("c", { active: false })],
      [scope("a", { active: false }), scope("b", { sync: pending })],
    );
    expect([a!.blocker, b!.blocker, c!.blocker]).toEqual(["deactivatedInProd", "prodChangePending", "inactiveInTest"]);
  });

  it("compares list names and member counts, and connections whose list must reach production first", () => {
    const list = (identifier: string, name: string) => ({
      id: identifier,
      identifier,
      name,
      description: "",
      memberCount: 3,
      version: 1,
      sync: null,
    });
    const members = new Map([
      ["banker", { onlyInTestCount: 2, onlyInProdCount: 0, onlyInTest: ["1", "2"], onlyInProd: [] }],
    ]);
    const [banker, forsikring] = compareAccessLists(
      [list("banker", "Banker"), list("forsikring", "F")],
      [list("banker", "Banker"), list("forsikring", "F2")],
      members,
    );
    expect(banker).toMatchObject({ status: "differs", differences: [] });
    expect(forsikring!.differences).toEqual([{ field: "name", test: "F", prod: "F2" }]);

    const link = (listIdentifier: string) => ({
      listIdentifier,
      resourceIdentifier: "skd-inntekt",
      actionFilters: ["requestconsent"],
    });
    const [toBanker, toNew] = compareConnections([link("banker"), link("ny")], [], new Set(["banker"]));
    expect(toBanker).toMatchObject({ status: "missingInProd", needs: [] });
    expect(toNew!.needs).toEqual([{ blocker: "needsList", anyOf: ["list:ny"] }]);
  });

  it("shows the version and fields each environment publishes, and which policy rule differs", () => {
    const changed = definitionFor({ identifier: "skd-inntekt", scope: "skd:inntekt" });
    changed.title.en = "Income, renamed";
    changed.accessListMode = "Enabled";
    const test = publication(2, { definition: changed, accessLists: ["banker"] });
    const result = compareResource(
      { identifier: "skd-inntekt", test, prod: publication(1) },
      {
        ...context,
        connectedInProd: new Set(["skd-inntekt"]),
      },
    );
    expect(result.status).toBe("differs");
    expect(result.differences.map((d) => d.field)).toEqual(["title.en", "accessListMode"]);
    expect(result.policies).toMatchObject({
      test: { requestConsent: { kind: "accessLists", lists: ["banker"] }, consent: ["dagl", "priv"] },
      prod: { requestConsent: { kind: "organisations" } },
      differs: true,
      requestConsentDiffers: true,
      consentDiffers: false,
    });
    expect(
      compareResource({ identifier: "skd-inntekt", test: publication(1), prod: publication(1) }, context),
    ).toMatchObject({
      status: "equal",
      policies: { differs: false },
    });
  });

  it("refuses a resource whose test version has blocking problems or is not confirmed, and names what it needs", () => {
    const broken = definitionFor({ identifier: "skd-inntekt", scope: "skd:ny" });
    broken.consentText.nb = "Inntekt for {ukjent}";
    expect(
      compareResource({ identifier: "skd-inntekt", test: publication(1, { definition: broken }), prod: null }, context)
        .blocker,
    ).toBe("testVersionProblems");
    const pending = publication(1, { sync: { ...synced, status: "PENDING" } });
    expect(compareResource({ identifier: "skd-inntekt", test: pending, prod: null }, context).blocker).toBe(
      "testNotSynced",
    );
    const needsScope = compareResource(
      {
        identifier: "skd-inntekt",
        test: publication(1, { definition: definitionFor({ identifier: "skd-inntekt", scope: "skd:ny" }) }),
        prod: null,
      },
      context,
    );
    expect(needsScope.needs).toEqual([{ blocker: "needsScope", anyOf: ["scope:skd:ny"] }]);

    expect(promotionRefusals([needsScope], ["resource:skd-inntekt"])).toEqual([
      { key: "resource:skd-inntekt", reason: "needsScope" },
    ]);
    const scopeToo = { key: "scope:skd:ny", status: "missingInProd" as const, blocker: null, needs: [] };
    expect(promotionRefusals([needsScope, scopeToo], ["resource:skd-inntekt", "scope:skd:ny"])).toEqual([]);
    expect(promotionRefusals([{ ...scopeToo, status: "equal" }], ["scope:skd:ny", "list:x"])).toEqual([
      { key: "scope:skd:ny", reason: "nothingToPromote" },
      { key: "list:x", reason: "unknown" },
    ]);
  });
});
