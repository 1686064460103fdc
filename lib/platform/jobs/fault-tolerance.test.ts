import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmulator } from "@/emulator/start-emulator";
import { testDb } from "@/test/factories";
import { testUpstreamEnv } from "@/lib/platform/upstream/test-support/test-upstream-config";
import {
  SCOPE_AND_LIST_SCOPES,
  emulatorControl,
  registerOperatorClient,
} from "@/lib/platform/upstream/test-support/operator-client";
import { enqueueUpstreamChange } from "./enqueue-upstream-change";
import { createRevokeRace } from "./test-support/revoke-race";

// The proof that durable upstream jobs survive an unreliable upstream and a dying worker: 100 scope
// creations against an emulator answering 30% of admin calls with 5xx and swallowing 10% of responses
// after doing the work, while the worker is killed and restarted half-way. Every change must end
// synced, and every scope must exist exactly once upstream.

const db = testDb();
const run = Date.now().toString(36);
const COUNT = 100;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let workerEnv: NodeJS.ProcessEnv;
const workers: ChildProcess[] = [];

// Both tests start workers on the one queue, so they are in this file (run one after the other) and each stops its own.
function startWorkerProcess(env: NodeJS.ProcessEnv = workerEnv): ChildProcess {
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/worker.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  workers.push(child);
  return child;
}

const counts = async () => {
  const rows = await db.upstreamChange.groupBy({
    by: ["status"],
    where: { targetId: { startsWith: `skd:fault.${run}.` } },
    _count: true,
  });
  return Object.fromEntries(rows.map((row) => [row.status, row._count])) as Partial<
    Record<"PENDING" | "SYNCED" | "FAILED", number>
  >;
};

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number, statuses = counts): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out; statuses now ${JSON.stringify(await statuses())}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const control = (path: string, method: string, body?: unknown) => emulatorControl(emulator.url, path, method, body);

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const clientId = `fault-test-${run}`;
  const key = await registerOperatorClient(emulator.url, {
    clientId,
    // Scopes for the scope changes, and the list scopes for the revoke race's memberships.
    scopes: SCOPE_AND_LIST_SCOPES,
  });
  workerEnv = { ...process.env, ...testUpstreamEnv(emulator.url, key, clientId), LOG_LEVEL: "silent" };
  // The key comes inline from testUpstreamEnv; the placeholder file from test/setup-env.ts would make two.
  delete workerEnv.MASKINPORTEN_TEST_KEY_FILE;
  delete workerEnv.MASKINPORTEN_PROD_KEY_FILE;
});

afterAll(async () => {
  for (const worker of workers) worker.kill("SIGKILL");
  await emulator?.close();
  await db.$disconnect();
});

it(
  "completes 100 queued changes exactly once through 5xx, lost responses and a killed worker",
  { timeout: 240_000 },
  async () => {
    await control("/faults", "PUT", {
      rules: [
        // The first matching rule applies, so creations get both kinds of fault in one rule.
        {
          path: "^/test/maskinporten-admin/api/v1/scopes",
          method: "POST",
          status5xxRate: 0.3,
          timeoutRate: 0.1,
          timeoutMs: 1000,
        },
        { path: "^/test/maskinporten-admin/api/v1/scopes", status5xxRate: 0.3 },
        { path: "^/test/maskinporten/token", status5xxRate: 0.1 },
      ],
    });
    for (let i = 0; i < COUNT; i++) {
      await db.$transaction((tx) =>
        enqueueUpstreamChange({
          tx,
          organisationId: null,
          environment: "TEST",
          kind: "maskinporten.scope.upsert",
          targetType: "scope",
          targetId: `skd:fault.${run}.n${i}`,
          payload: {
            actingFor: "974761076",
            scope: {
              prefix: "skd",
              subscope: `fault.${run}.n${i}`,
              description: `Fault test scope ${i}`,
              visibility: "PRIVATE",
            },
          },
        }),
      );
    }

    const started = Date.now();
    const first = startWorkerProcess();
    await waitFor(async () => ((await counts()).SYNCED ?? 0) >= 30, 120_000);
    first.kill("SIGKILL");
    const atKill = (await counts()).SYNCED ?? 0;
    expect(atKill).toBeLessThan(COUNT);

    const second = startWorkerProcess();
    await waitFor(async () => ((await counts()).SYNCED ?? 0) + ((await counts()).FAILED ?? 0) >= COUNT, 180_000);
    second.kill("SIGKILL");
    expect(await counts()).toEqual({ SYNCED: COUNT });
    console.info(
      `fault test: ${COUNT} changes synced in ${((Date.now() - started) / 1000).toFixed(1)} s; worker killed at ${atKill}`,
    );

    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {
      maskinporten: { test: { scopes: { name: string; description: string }[] } };
      requests: { method: string; path: string; status: number | null }[];
    };
    const ours = state.maskinporten.test.scopes.filter((scope) => scope.name.startsWith(`skd:fault.${run}.`));
    expect(ours).toHaveLength(COUNT);
    expect(new Set(ours.map((scope) => scope.name)).size).toBe(COUNT);
    expect(
      ours.every((scope, _, all) => scope.description.startsWith("Fault test scope") && all.length === COUNT),
    ).toBe(true);
    // The faults really happened: some calls failed with 5xx and some responses were lost.
    const adminCalls = state.requests.filter((r) => r.path.startsWith("/test/maskinporten-admin/api/v1/scopes"));
    expect(adminCalls.some((r) => r.status !== null && r.status >= 500)).toBe(true);
    expect(adminCalls.some((r) => r.status === null)).toBe(true);
  },
);

// The revoke race of issue 12: 20 access requests each approved and at once revoked (the access requests' own domain
// functions), through 30% 5xx, lost answers and a worker killed half-way. A grant the queue retries after its revoke
// must not put access back: at the end no consumer holds a scope grant or a list membership upstream.
it(
  "leaves no grant upstream when 20 approvals are each revoked at once, through faults and a killed worker",
  { timeout: 120_000 },
  async () => {
    const race = await createRevokeRace({ db });
    const started = Date.now();
    const first = startWorkerProcess(workerEnv);
    await waitFor(async () => (await race.counts()).SYNCED === race.setupChanges, 30_000, race.counts);

    await control("/faults", "PUT", {
      rules: [
        { path: "^/test/maskinporten-admin/api/v1/scopes", status5xxRate: 0.3, timeoutRate: 0.1, timeoutMs: 1000 },
        {
          path: "^/test/platform/resourceregistry/api/v1/access-lists",
          status5xxRate: 0.3,
          timeoutRate: 0.1,
          timeoutMs: 1000,
        },
        { path: "^/test/maskinporten/token", status5xxRate: 0.1 },
      ],
    });
    await race.approveAndRevokeEach({ afterHalf: () => (first.kill("SIGKILL"), startWorkerProcess(workerEnv)) });
    await waitFor(
      async () => {
        const settled = await race.counts();
        return (settled.SYNCED ?? 0) + (settled.FAILED ?? 0) >= race.expectedChanges;
      },
      90_000,
      race.counts,
    );
    for (const worker of workers) worker.kill("SIGKILL");
    expect(await race.counts()).toEqual({ SYNCED: race.expectedChanges });

    const state = (await control("/state", "GET")) as {
      maskinporten: { test: { scopeAccess: { scope: string; consumer_orgno: string; state?: string }[] } };
      "resourceRegistry.accessLists": { test: { identifier: string; members: unknown[] }[] };
      requests: { path: string; status: number | null }[];
    };
    const granted = state.maskinporten.test.scopeAccess.filter(
      (access) => race.scopes.includes(access.scope) && race.consumerOrgNumbers.has(access.consumer_orgno),
    );
    expect(granted.filter((access) => access.state === "APPROVED")).toEqual([]);
    const list = state["resourceRegistry.accessLists"].test.find((entry) => entry.identifier === race.listIdentifier);
    expect(list).toBeDefined();
    expect(list?.members).toEqual([]);
    expect(await race.revokedRequests()).toBe(race.pairs);
    const faulted = state.requests.filter((request) => request.status === null || (request.status ?? 0) >= 500);
    expect(faulted.length).toBeGreaterThan(0);
    console.info(
      `revoke race: ${race.expectedChanges} changes settled in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `${await race.superseded()} superseded, ${faulted.length} faulted calls`,
    );
  },
);
