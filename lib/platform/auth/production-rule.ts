import type { Role } from "@/lib/platform/db/create-prisma-client";
import { forbidden } from "@/lib/platform/errors/app-error";
import { fromUpstreamEnv, type TEnvironment, type TUpstreamEnvironment } from "@/lib/platform/environment";
import { requireRecentLogin } from "./recent-login";
import { hasRole } from "./roles";

// The one rule for production changes, declared here and nowhere else. Production is what citizens and consumers
// meet: a scope, a Maskinporten client, an access list and its members, or a published resource there grants or
// withholds access to real data. Publishing and withdrawing in production were already administrators' alone; every
// other production change now follows the same rule, so no editor can do in production through one feature what
// another refuses them. Test stays open to editors. Free of database access: the pages use it to hide production
// controls, and every production-changing server action calls `requireProductionRole` with the environment its input
// names or the object it changes lives in. A production change also needs a recent login (step-up, issue 12): the
// request's login, set by the action and route helpers from the server-side session (lib/platform/auth/recent-login.ts).

/** The lowest role that may change anything in production. */
export const PRODUCTION_MINIMUM_ROLE: Role = "ADMIN";

const asEnvironment = (environment: TEnvironment | TUpstreamEnvironment): TEnvironment =>
  environment === "test" || environment === "prod" ? fromUpstreamEnv(environment) : environment;

/** Whether `role` may change things in `environment` (editors and up in test, the production role in production). */
export function canChangeEnvironment(role: Role, environment: TEnvironment | TUpstreamEnvironment): boolean {
  return hasRole(role, asEnvironment(environment) === "PROD" ? PRODUCTION_MINIMUM_ROLE : "EDITOR");
}

/**
 * Refuses a production change by a member below the production role (FORBIDDEN, `productionRequiresAdmin`), and then
 * one whose login is older than PRODUCTION_LOGIN_MAX_AGE_MINUTES (STEP_UP_REQUIRED, `stepUpRequired`). Test is unaffected.
 */
export function requireProductionRole(options: { role: Role; environment: TEnvironment | TUpstreamEnvironment }): void {
  if (asEnvironment(options.environment) !== "PROD") return;
  if (!hasRole(options.role, PRODUCTION_MINIMUM_ROLE)) throw forbidden("productionRequiresAdmin");
  requireRecentLogin();
}
