import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A request as seen by a route group. Like Express, the dispatcher strips the
 * group's prefix from `url` and keeps the full path in `originalUrl`; oidc-provider
 * relies on exactly these two fields to work out where it is mounted.
 */
export type MountedRequest = IncomingMessage & { originalUrl?: string; baseUrl?: string };

/**
 * One emulated service (ID-porten, later Maskinporten, Resource Registry, ...).
 * Groups know nothing about each other; `start-emulator.ts` mounts them by prefix.
 */
export interface RouteGroup {
  /** Path prefix without trailing slash, e.g. "/idporten". */
  prefix: string;
  handle(req: MountedRequest, res: ServerResponse): void | Promise<void>;
  /** Release timers or other resources when the emulator stops. */
  close?(): void | Promise<void>;
}

/**
 * Environment variables as a plain map. Not NodeJS.ProcessEnv: Next.js's types make
 * NODE_ENV mandatory there, and tests want to pass `{}` for all-defaults.
 */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** Settings every route group may need to build absolute URLs. */
export interface EmulatorContext {
  /** Base URL clients use to reach the emulator, e.g. http://localhost:4000 (no trailing slash). */
  publicUrl: string;
  /** Environment variables to read group-specific settings from. */
  env: EnvironmentVariables;
}

/** Returns the part of `url` below `prefix`, or undefined if the URL is not under it. */
export function pathBelowPrefix(url: string, prefix: string): string | undefined {
  if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) {
    return undefined;
  }
  const rest = url.slice(prefix.length);
  return rest.startsWith("/") ? rest : `/${rest}`;
}
