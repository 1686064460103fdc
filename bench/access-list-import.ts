import { startEmulator } from "@/emulator/start-emulator";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { chunk } from "@/lib/access-lists/access-list-target";
import { accessListMembersAddJob, accessListUpsertJob } from "@/lib/access-lists/access-list-jobs";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import type { TUpstreamKind } from "@/lib/upstream-jobs/upstream-job-registry";
import { MAX_MEMBERS_PER_CALL } from "@/lib/platform/upstream/access-list-members-client";
import { testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { registerOperatorClient } from "@/lib/platform/upstream/test-support/operator-client";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";

// HANDLERS ONLY: 10,000 organisation numbers sent to an access list through the emulator's 100-per-call API by the
// worker's real handler for each batch (one UpstreamChange per 100 numbers, as addAccessListMembers queues them), 4 at
// once, called directly: no form, no database, no queue, no worker. It is the floor of the upstream calls, not what a
// person waits for; the worker sends one list's batches one at a time (Altinn may refuse concurrent writes to one list),
// and `npm run bench:upstream-queue` measures the import from the commit to every batch synced. Run:
// npm run bench:access-list-import. Aim: under 20 s.

const COUNT = 10_000;
const CONCURRENCY = 4;
const AIM_S = 20;

async function main() {
  const emulator = await startEmulator({ port: 0 });
  try {
    const clientId = "bench-access-list-import";
    const key = await registerOperatorClient(emulator.url, {
      clientId,
      scopes: ["altinn:resourceregistry/accesslist.read", "altinn:resourceregistry/accesslist.write"],
    });
    setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, clientId)));

    const ref = { actingFor: "974761076", owner: "skd", listIdentifier: `bench-import-${Date.now().toString(36)}` };
    const change = (kind: TUpstreamKind, payload: unknown): TUpstreamChangeForHandler => ({
      id: crypto.randomUUID(),
      kind,
      environment: "TEST",
      organisationId: null,
      targetType: "access-list",
      targetId: `test:${ref.listIdentifier}`,
      payload,
    });
    await accessListUpsertJob.run(
      change("registry.access-list.upsert", { ...ref, name: "Bench import", description: "" }),
    );

    const batches = chunk(syntheticOrgNumbers(COUNT), MAX_MEMBERS_PER_CALL);
    console.log(`Importing ${COUNT} organisation numbers in ${batches.length} batches, ${CONCURRENCY} at a time`);
    const started = performance.now();
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await accessListMembersAddJob.run(change("registry.access-list.members.add", { ...ref, orgNumbers: batch }));
        done++;
        if (done % 10 === 0 || done === batches.length) {
          console.log(
            `  ${String(done).padStart(3)} of ${batches.length} batches done  (${((performance.now() - started) / 1000).toFixed(1)} s)`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;

    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as Record<
      string,
      { test: { identifier: string; memberCount: number }[] }
    >;
    const list = state["resourceRegistry.accessLists"]!.test.find((item) => item.identifier === ref.listIdentifier);
    console.log(`\nThe emulator's list has ${list?.memberCount ?? 0} members (expected ${COUNT})`);
    console.log(
      `Handlers only (no queue, no database, ${CONCURRENCY} at once): ${seconds.toFixed(2)} s (aim < ${AIM_S} s): ${seconds < AIM_S && list?.memberCount === COUNT ? "OK" : "OVER"}`,
    );
  } finally {
    setUpstreamContext(undefined);
    await emulator.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
