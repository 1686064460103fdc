import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { startOperatorEmulator } from "@/lib/scopes/test-support/operator-emulator";
import { testDb } from "@/test/factories";
import { linkedListFixture } from "./test-support/linked-list-fixture";
import { verifyChecklist } from "./verify-checklist";

// The checklist's access-list check against the emulator in-process: what it asks upstream must not grow with the
// list. Counted in the emulator's own request log.

const db = testDb();
let emulator: Awaited<ReturnType<typeof startOperatorEmulator>>;

beforeAll(async () => {
  emulator = await startOperatorEmulator({
    clientId: `checklist-${Date.now().toString(36)}`,
    scopes: ["altinn:resourceregistry/accesslist.read", "idporten:scopes.read", "idporten:dcr.read"],
  });
});
afterAll(async () => {
  await emulator.close();
  await db.$disconnect();
});

type TLogged = { path: string };
const requestLog = async () => ((await emulator.control("/state", "GET")).requests as TLogged[]) ?? [];

/** The checklist's upstream requests, read from the emulator's log. */
async function upstreamCallsOf(check: () => Promise<unknown>): Promise<TLogged[]> {
  const before = (await requestLog()).length;
  await check();
  return (await requestLog()).slice(before);
}

const servicesStep = async (organisation: { id: string; orgNumber: string }) =>
  (await verifyChecklist(organisation, "test")).steps.find((step) => step.key === "services");

describe("the checklist's access-list check", () => {
  it("asks the same few calls of a 5,000-member list as of a one-member list, and reads no member pages", async () => {
    const fixture = await linkedListFixture(db);
    const consumer = fixture.consumer;
    await fixture.addMembers([consumer.orgNumber]);
    await servicesStep(consumer); // tokens fetched once, as in a running portal
    const small = await upstreamCallsOf(async () =>
      expect(await servicesStep(consumer)).toMatchObject({ state: "done", why: "allActive" }),
    );

    await fixture.addMembers(syntheticOrgNumbers(5_000).filter((orgNumber) => orgNumber !== consumer.orgNumber));
    const big = await upstreamCallsOf(async () =>
      expect(await servicesStep(consumer)).toMatchObject({ state: "done", why: "allActive" }),
    );
    expect(big.length).toBe(small.length);
    expect(big.filter((request) => request.path.includes("/access-lists/"))).toEqual([]);
  });

  it("tells a consumer that is not on the list so", async () => {
    const fixture = await linkedListFixture(db);
    await fixture.addMembers(syntheticOrgNumbers(3));
    expect(await servicesStep(fixture.consumer)).toMatchObject({
      state: "missing",
      why: "notOnList",
      values: { list: fixture.list.identifier },
    });
  });
});
