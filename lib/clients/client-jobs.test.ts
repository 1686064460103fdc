import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalMarker } from "@/lib/clients/client-target";
import { generateTestClientKey } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { startOperatorEmulator } from "@/lib/scopes/test-support/operator-emulator";
import { createOrganisation, testDb } from "@/test/factories";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import type { TUpstreamKind } from "@/lib/upstream-jobs/upstream-job-registry";
import { clientCreateJob, clientDeleteJob, clientJwksReplaceJob } from "./client-jobs";

// The client handlers against the emulator in-process, acting for a consumer that has delegated idporten:dcr.* to
// the operator. A lost response is simulated by a timeout fault: Maskinporten creates the client, the portal never
// hears of it, and the retry must adopt that client instead of making a second one.

const db = testDb();
let emulator: Awaited<ReturnType<typeof startOperatorEmulator>>;
let organisation: { id: string; orgNumber: string };

const change = (kind: TUpstreamKind, clientRowId: string): TUpstreamChangeForHandler => ({
  id: crypto.randomUUID(),
  kind,
  environment: "TEST",
  organisationId: organisation.id,
  targetType: "maskinporten-client",
  targetId: clientRowId,
  payload: { actingFor: organisation.orgNumber, clientRowId, clientId: null },
});

const control = (path: string, method: string, body?: unknown) => emulator.control(path, method, body);

type TEmulatorClient = { client_id: string; client_orgno: string; description: string; jwks: { kid: string }[] };
const upstreamClients = async () =>
  (
    (await control("/state", "GET")) as unknown as { maskinporten: { test: { clients: TEmulatorClient[] } } }
  ).maskinporten.test.clients.filter((client) => client.client_orgno === organisation.orgNumber);

async function clientRow(kids: string[]) {
  const keys = await Promise.all(
    kids.map(async (kid) => ({ kid, publicJwk: (await generateTestClientKey(kid)).publicJwk })),
  );
  return db.maskinportenClient.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      name: "Handler client",
      scopes: [],
      keys: { create: keys },
    },
  });
}

beforeAll(async () => {
  const scopes = ["idporten:dcr.read", "idporten:dcr.modify", "idporten:dcr.write"];
  emulator = await startOperatorEmulator({ clientId: `client-handlers-${Date.now().toString(36)}`, scopes });
  organisation = await createOrganisation(db);
  await control("/delegations", "POST", {
    env: "test",
    consumerOrg: organisation.orgNumber,
    supplierOrg: emulator.operatorOrg,
    scopes,
  });
});

afterAll(async () => {
  await emulator?.close();
  await db.$disconnect();
});

describe("Maskinporten client handlers", () => {
  it("create once even when the first answer is lost, then put the keys and store the client id", async () => {
    const row = await clientRow([`a-${crypto.randomUUID()}`]);
    await control("/faults", "PUT", {
      rules: [
        {
          path: "^/test/maskinporten-admin/api/v1/clients$",
          method: "POST",
          timeoutRate: 1,
          timeoutMs: 200,
          remaining: 1,
        },
      ],
    });
    await expect(clientCreateJob.run(change("maskinporten.client.create", row.id))).rejects.toMatchObject({
      retryable: true,
    });
    await control("/faults", "DELETE");
    expect(await upstreamClients()).toHaveLength(1); // made, but the portal never heard of it

    await clientCreateJob.run(change("maskinporten.client.create", row.id));
    const [upstream, ...more] = await upstreamClients();
    expect(more).toEqual([]);
    expect(upstream!.description).toContain(portalMarker(row.id));
    expect(upstream!.jwks.map((key) => key.kid)).toEqual([
      `${(await db.maskinportenClientKey.findFirstOrThrow({ where: { clientId: row.id } })).kid}`,
    ]);
    expect((await db.maskinportenClient.findUniqueOrThrow({ where: { id: row.id } })).clientId).toBe(
      upstream!.client_id,
    );

    // The key set follows the rows, removed keys left out; deleting twice is fine.
    const [oldKey] = await db.maskinportenClientKey.findMany({ where: { clientId: row.id } });
    const newKid = `b-${crypto.randomUUID()}`;
    await db.maskinportenClientKey.create({
      data: { clientId: row.id, kid: newKid, publicJwk: (await generateTestClientKey(newKid)).publicJwk },
    });
    await db.maskinportenClientKey.update({ where: { id: oldKey!.id }, data: { removedAt: new Date() } });
    await clientJwksReplaceJob.run(change("maskinporten.client.jwks.replace", row.id));
    expect((await upstreamClients())[0]!.jwks.map((key) => key.kid)).toEqual([newKid]);

    await clientDeleteJob.run(change("maskinporten.client.delete", row.id));
    await clientDeleteJob.run(change("maskinporten.client.delete", row.id));
    expect(await upstreamClients()).toEqual([]);
  });
});
