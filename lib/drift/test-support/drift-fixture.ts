import { afterAll, beforeAll } from "vitest";
import { createUser, testDb } from "@/test/factories";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { resolveFinding, type TResolution } from "../resolve-finding";
import { skatteetaten } from "./skatteetaten";

// What the resolution tests share: the emulator in-process, Skatteetaten in the test database, and an administrator
// of it. resolve-finding.test.ts resolves through the real action; the others call the domain operation directly.

type TState = {
  emulator: Awaited<ReturnType<typeof startContractEmulator>>;
  skd: Awaited<ReturnType<typeof skatteetaten>>;
  admin: Awaited<ReturnType<typeof createUser>>;
};

/** Filled in before the file's tests run (read its fields inside hooks and tests). */
export function driftFixture() {
  const db = testDb();
  const state = {} as TState;
  beforeAll(async () => {
    state.emulator = await startContractEmulator();
    state.skd = await skatteetaten(db);
    state.admin = await createUser(db, { name: "Drift Admin" });
    await db.membership.create({ data: { userId: state.admin.id, organisationId: state.skd.id, role: "ADMIN" } });
  });
  afterAll(async () => {
    await state.emulator?.close();
    await db.$disconnect();
  });
  return Object.assign(state, {
    db,
    /** The object's latest finding. */
    findingOf: (objectId: string) =>
      db.driftFinding.findFirstOrThrow({ where: { objectId }, orderBy: { detectedAt: "desc" } }),
    /** Resolves as the administrator, in one transaction, as the action does (its audit aside). */
    resolve: (findingId: string, resolution: TResolution, organisationId?: string) =>
      db.$transaction(async (tx) => {
        const organisation = await tx.organisation.findUniqueOrThrow({
          where: { id: organisationId ?? state.skd.id },
        });
        return resolveFinding({ tx, organisation, role: "ADMIN", userId: state.admin.id, findingId, resolution });
      }),
  });
}
