import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "@/lib/platform/config/env";
import { AppError } from "@/lib/platform/errors/app-error";

/** When the person behind a request authenticated at the identity provider (the session row's `createdAt`). */
export type TRequestLogin = { authenticatedAt: Date | null };

// The login of the request being handled, set by the action and route helpers around a change
// (lib/platform/actions/action-client.ts, lib/platform/http/route-client.ts) from the server-side session row. Carried
// through the call rather than passed to every production check, so that a domain helper deep in a feature (one that
// takes only the caller's role) cannot forget it: a production check outside a request has no login and is refused.
const requestLogin = new AsyncLocalStorage<TRequestLogin>();

/** Runs `work` as the request of a person who logged in at `login.authenticatedAt` (null: not known). */
export function withRequestLogin<T>(login: TRequestLogin, work: () => Promise<T>): Promise<T> {
  return requestLogin.run(login, work);
}

/** The login of the request being handled; null outside the action and route helpers. */
export function currentRequestLogin(): TRequestLogin | null {
  return requestLogin.getStore() ?? null;
}

/**
 * Whether a login at `authenticatedAt` is recent enough for a production change: no older than `maxAgeMinutes`. A login
 * time that is not known never is; one in the future (clock skew between portal and IdP) counts as now.
 */
export function isLoginRecent(authenticatedAt: Date | null, maxAgeMinutes: number, now: Date): boolean {
  if (!authenticatedAt) return false;
  return now.getTime() - authenticatedAt.getTime() <= maxAgeMinutes * 60 * 1000;
}

/**
 * Refuses a change when the request's login is older than PRODUCTION_LOGIN_MAX_AGE_MINUTES (STEP_UP_REQUIRED, message
 * `stepUpRequired`): the person logs in again at ID-porten (`prompt=login`, `max_age`; components/auth/step-up-button.tsx)
 * and the change then goes through. Someone who walked away from an open session cannot be replaced by whoever sits down.
 */
export function requireRecentLogin(now = new Date()): void {
  const maxAgeMinutes = env().PRODUCTION_LOGIN_MAX_AGE_MINUTES;
  const login = currentRequestLogin();
  if (!isLoginRecent(login?.authenticatedAt ?? null, maxAgeMinutes, now)) {
    throw new AppError("STEP_UP_REQUIRED", "stepUpRequired", { values: { minutes: maxAgeMinutes } });
  }
}
