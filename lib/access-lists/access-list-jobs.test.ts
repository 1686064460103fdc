import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOperatorEmulator } from "@/lib/scopes/test-support/operator-emulator";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import type { TUpstreamKind } from "@/lib/upstream-jobs/upstream-job-registry";
import {
  accessListMembersAddJob,
  accessListMembersRemoveJob,
  accessListUpsertJob,
  ListKeepsChangingError,
} from "./access-list-jobs";

// The handlers against the emulator in-process: the operator acts for Skatteetaten (skd), whose delegations of the
// registry scopes the emulator has built in. Faults make the registry answer 412 as a concurrent edit would.

let emulator: Awaited<ReturnType<typeof startOperatorEmulator>>;
const listIdentifier = `handler-${Date.now().toString(36)}`;
const ref = { actingFor: "974761076", owner: "skd", listIdentifier };
const MEMBERS_PATH = `^/test/platform/resourceregistry/api/v1/access-lists/skd/${listIdentifier}/members$`;

const change = (kind: TUpstreamKind, payload: unknown): TUpstreamChangeForHandler => ({
  id: crypto.randomUUID(),
  kind,
  environment: "TEST",
  organisationId: null,
  targetType: "access-list",
  targetId: `test:${listIdentifier}`,
  payload,
});

const control = (path: string, method: string, body?: unknown) => emulator.control(path, method, body);

type TEmulatorList = { identifier: string; members: unknown[] };
async function emulatorList(): Promise<TEmulatorList | undefined> {
  const state = await control("/state", "GET");
  return JSON.stringify(state["resourceRegistry.accessLists"]).includes(listIdentifier)
    ? (JSON.parse(JSON.stringify(state["resourceRegistry.accessLists"])) as { test: TEmulatorList[] }).test.find(
        (list) => list.identifier === listIdentifier,
      )
    : undefined;
}

beforeAll(async () => {
  emulator = await startOperatorEmulator({
    clientId: `access-list-handlers-${listIdentifier}`,
    scopes: [
      "altinn:resourceregistry/accesslist.read",
      "altinn:resourceregistry/accesslist.write",
      "altinn:resourceregistry/resource.write",
    ],
  });
  await accessListUpsertJob.run(
    change("registry.access-list.upsert", { ...ref, name: "Handler test", description: "" }),
  );
});

afterAll(async () => {
  await emulator?.close();
});

describe("access-list handlers", () => {
  it("re-reads the ETag and re-applies after a 412 from a concurrent change", async () => {
    await control("/faults", "PUT", {
      rules: [{ path: MEMBERS_PATH, method: "POST", preconditionFailedRate: 1, remaining: 2 }],
    });
    await accessListMembersAddJob.run(
      change("registry.access-list.members.add", { ...ref, orgNumbers: ["313876144", "310149942"] }),
    );
    const state = await control("/state", "GET");
    const requests = (state.requests as { method: string; path: string; status: number }[]).filter((r) =>
      new RegExp(MEMBERS_PATH).test(r.path),
    );
    expect(requests.map((r) => r.status)).toEqual([412, 412, 200]);
    expect(JSON.stringify(await emulatorList())).toContain("310149942");
  });

  it("fails with a reason naming the other editor when the list keeps changing", async () => {
    await control("/faults", "PUT", { rules: [{ path: MEMBERS_PATH, preconditionFailedRate: 1 }] });
    const removing = accessListMembersRemoveJob.run(
      change("registry.access-list.members.remove", { ...ref, orgNumbers: ["313876144"] }),
    );
    await expect(removing).rejects.toBeInstanceOf(ListKeepsChangingError);
    await expect(removing).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining("Someone else keeps changing"),
    });
    await control("/faults", "DELETE");
    await accessListMembersRemoveJob.run(
      change("registry.access-list.members.remove", { ...ref, orgNumbers: ["313876144"] }),
    );
    const list = JSON.stringify(await emulatorList());
    expect(list).not.toContain("313876144");
    expect(list).toContain("310149942");
  });

  // A connection to a resource the registry does not have (yet) is covered against Altinn's exact answers
  // (400 RR-00002, 404 for a list) in resource-connection-handler.test.ts.
});
