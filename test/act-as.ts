import { AsyncLocalStorage } from "node:async_hooks";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";

// The portal's real server actions, run in a test as a chosen user. The test file replaces the session lookup:
//   vi.mock("@/lib/platform/auth/get-session-user", async () => ({ getSessionUser: (await import("@/test/act-as")).sessionUserInTest }));
// and calls the actions through `actAs`. The user travels with the call (AsyncLocalStorage), so calls made as
// different users at the same time each see their own.

const current = new AsyncLocalStorage<TSessionUser>();

export async function sessionUserInTest(): Promise<TSessionUser | null> {
  return current.getStore() ?? null;
}

type TAction = (input: never) => Promise<unknown>;

/** The same actions, each called as `user`. */
export function actAs<TActions extends Record<string, TAction>>(user: TSessionUser, actions: TActions): TActions {
  const bound = Object.entries(actions).map(([name, action]) => [
    name,
    (input: never) => current.run(user, () => action(input)),
  ]);
  return Object.fromEntries(bound) as TActions;
}
