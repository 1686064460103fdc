import { AsyncLocalStorage } from "node:async_hooks";
import { beforeAll } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { createOrganisationWithMembers, type TMemberSpec } from "./factories";

// The portal's real server actions, run in a test as a chosen user. The test file replaces the session lookup
// with this module (it exports `getSessionUser`) and Next's cache with nothing:
//   vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
//   vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// and calls the actions through `actAs`. The user travels with the call (AsyncLocalStorage), so calls made as
// different users at the same time each see their own.

const current = new AsyncLocalStorage<TSessionUser>();

/** The user of the call, as just logged in unless the test gives its login time (production needs a recent one). */
export async function sessionUserInTest(): Promise<TSessionUser | null> {
  const user = current.getStore();
  return user ? { authenticatedAt: new Date(), ...user } : null;
}

/** What the mocked `@/lib/platform/auth/get-session-user` answers: the user `actAs` runs the call as. */
export const getSessionUser = sessionUserInTest;

type TAction = (input: never) => Promise<unknown>;

/** The same actions, each called as `user`. */
export function actAs<TActions extends Record<string, TAction>>(user: TSessionUser, actions: TActions): TActions {
  const bound = Object.entries(actions).map(([name, action]) => [
    name,
    (input: never) => current.run(user, () => action(input)),
  ]);
  return Object.fromEntries(bound) as TActions;
}

type TTeam<TKey extends string> = Awaited<ReturnType<typeof createOrganisationWithMembers<TKey>>>;

/**
 * The users to act as and their organisation (`createOrganisationWithMembers`), made in a `beforeAll` registered
 * here: the returned objects are filled in then, so read their fields inside hooks and tests.
 */
export function membersForTests<TKey extends string>(
  db: PrismaClient,
  members: Record<TKey, TMemberSpec>,
  options?: Parameters<typeof createOrganisationWithMembers>[2],
): TTeam<TKey> {
  const team = { organisation: {}, users: {} } as TTeam<TKey>;
  beforeAll(async () => {
    const created = await createOrganisationWithMembers(db, members, options);
    Object.assign(team.organisation, created.organisation);
    Object.assign(team.users, created.users);
  });
  return team;
}

/** Two editors of one organisation, Anna and Bjørn, for races between two saves. */
export const twoEditorsForTests = (db: PrismaClient) =>
  membersForTests(db, {
    anna: { role: "EDITOR", name: "Anna Redaktør" },
    bjorn: { role: "EDITOR", name: "Bjørn Redaktør" },
  });
