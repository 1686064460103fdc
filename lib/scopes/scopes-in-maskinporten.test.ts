import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeDeactivateJob, scopeUpsertJob } from "./scope-jobs";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { compareWithMaskinporten } from "./compare-with-maskinporten";
import { scopeUpsertPayload, type TScope } from "./scope-dto";
import { scopeChangeTarget } from "./scope-target";

// The portal's scope payload through the real handlers into the emulator, then the comparison read back: proves the
// payload is what Maskinporten's admin API takes and that drift, deactivation and outages are reported as such.

const SKD = "974761076";
const run = Date.now().toString(36);
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;

const scope = (subscope: string, overrides: Partial<TScope> = {}): TScope => ({
  id: crypto.randomUUID(),
  environment: "test",
  name: `skd:${subscope}`,
  prefix: "skd",
  subscope,
  description: `Scope ${subscope}`,
  longDescription: "Lang",
  visibility: "PRIVATE",
  tokenLifetimeSeconds: 600,
  allowedIntegrationTypes: ["maskinporten"],
  active: true,
  version: 1,
  ...overrides,
});

const change = (kind: "maskinporten.scope.upsert" | "maskinporten.scope.deactivate", s: TScope) => ({
  id: crypto.randomUUID(),
  kind,
  environment: "TEST" as const,
  organisationId: null,
  ...scopeChangeTarget("TEST", s.name),
  payload: kind === "maskinporten.scope.upsert" ? scopeUpsertPayload(SKD, s) : { actingFor: SKD, scope: s.name },
});

const compare = (scopes: TScope[]) => compareWithMaskinporten({ environment: "test", orgNumber: SKD, scopes });

beforeAll(async () => {
  emulator = await startContractEmulator();
});
afterAll(() => emulator?.close());

describe("compareWithMaskinporten against the emulator", () => {
  it("sees a created, an edited and a deactivated scope as Maskinporten has them", async () => {
    const created = scope(`cmp.${run}.a`);
    const edited = scope(`cmp.${run}.b`);
    const deactivated = scope(`cmp.${run}.c`);
    for (const s of [created, edited, deactivated]) await scopeUpsertJob.run(change("maskinporten.scope.upsert", s));
    const newer = { ...edited, description: "Newer", longDescription: null };
    await scopeUpsertJob.run(change("maskinporten.scope.upsert", newer)); // exists: 409, then an update
    await scopeDeactivateJob.run(change("maskinporten.scope.deactivate", deactivated));

    const result = await compare([created, newer, { ...deactivated, active: false }, scope(`cmp.${run}.never`)]);
    expect(Object.values(result)).toEqual([
      { state: "same" },
      { state: "same" },
      { state: "same" },
      { state: "missing" },
    ]);
    // The portal still thinking a deactivated scope is active is drift too.
    expect(Object.values(await compare([deactivated]))).toEqual([{ state: "differs", fields: ["active"] }]);
    expect(Object.values(await compare([{ ...created, description: "Local only" }]))).toEqual([
      { state: "differs", fields: ["description"] },
    ]);
  });

  it("says it could not check when Maskinporten fails, instead of throwing", async () => {
    await emulator.control("PUT", "/_emulator/faults", {
      rules: [{ path: "^/test/maskinporten-admin/api/v1/scopes$", method: "GET", status5xxRate: 1, remaining: 3 }],
    });
    const result = await compare([scope(`cmp.${run}.a`)]);
    expect(Object.values(result)).toEqual([
      { state: "unknown", reason: expect.stringMatching(/^maskinporten-admin:test: HTTP 5\d\d$/) },
    ]);
  });
});
