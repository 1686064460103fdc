import { z } from "zod";
import type { UpstreamEnvironment } from "./db/generated/enums";

// The one environment type. The database's enum (Prisma's `UpstreamEnvironment`, TEST | PROD) is the portal's; the
// lower-case form (`test` | `prod`) is how an environment appears in URLs, forms, change targets and the upstream
// configuration, and is converted here only. Free of `server-only` and of runtime imports of the Prisma client: the
// start scripts (through the upstream config) and client components use it too.

/** An environment as the portal stores and passes it. */
export type TEnvironment = UpstreamEnvironment;

export const ENVIRONMENTS = ["TEST", "PROD"] as const satisfies readonly TEnvironment[];

/** An environment in a form that names it as stored; the message is a key under `errors.fields`. */
export const ZEnvironment = z.enum(ENVIRONMENTS, { message: "invalid" });

/** The lower-case names, in URLs, forms and the upstream configuration (`MASKINPORTEN_TEST_…` is read for `test`). */
export const UPSTREAM_ENVIRONMENTS = ["test", "prod"] as const;
export type TUpstreamEnvironment = (typeof UPSTREAM_ENVIRONMENTS)[number];

/** A lower-case environment in a form, a query string or a path; the message is a key under `errors.fields`. */
export const ZEnvironmentParam = z.enum(UPSTREAM_ENVIRONMENTS, { message: "invalid" });

export const toUpstreamEnv = (environment: TEnvironment): TUpstreamEnvironment =>
  environment === "TEST" ? "test" : "prod";

export const fromUpstreamEnv = (environment: TUpstreamEnvironment): TEnvironment =>
  environment === "test" ? "TEST" : "PROD";

/** A query or path value as an environment; anything else is `fallback` (a page shows test when none is chosen). */
export const fromUrlParam = (value: unknown, fallback: TUpstreamEnvironment = "test"): TUpstreamEnvironment =>
  ZEnvironmentParam.catch(fallback).parse(value);
