import "server-only";
import { type TUpstreamConfig, upstreamConfig, ZUpstreamEnv } from "@/lib/platform/config/upstream-env-schema";
import { EnvError } from "@/lib/platform/config/env-schema";
import { AltinnTokenClient } from "./altinn-token-client";
import { MaskinportenTokenClient } from "./maskinporten-token-client";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// The configuration and the two token clients (with their caches) that every upstream module shares. By default
// the configuration is read from process.env on first use; tests and scripts may install their own (e.g. pointing
// at an emulator on a random port) with `setUpstreamContext(createUpstreamContext(...))`.

export interface UpstreamContext {
  config(environment: TUpstreamEnvironment): TUpstreamConfig;
  maskinporten: MaskinportenTokenClient;
  altinn: AltinnTokenClient;
}

export function createUpstreamContext(
  resolveConfig: (environment: TUpstreamEnvironment) => TUpstreamConfig,
  options: { timeoutMs?: number } = {},
): UpstreamContext {
  const maskinporten = new MaskinportenTokenClient(resolveConfig, options);
  return { config: resolveConfig, maskinporten, altinn: new AltinnTokenClient(resolveConfig, maskinporten, options) };
}

/** Reads the upstream variables from the process environment; the error names variables, never values. */
export function upstreamConfigFromEnv(source: Record<string, string | undefined> = process.env) {
  const result = ZUpstreamEnv.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        if (issue.code === "custom") return `${name}: ${issue.message}`;
        return source[name] === undefined || source[name] === ""
          ? `${name} is missing`
          : `${name} is invalid: ${issue.message}`;
      }),
    );
  }
  const byEnvironment = {
    test: upstreamConfig(result.data, "test"),
    prod: upstreamConfig(result.data, "prod"),
  } satisfies Record<TUpstreamEnvironment, TUpstreamConfig>;
  return (environment: TUpstreamEnvironment) => byEnvironment[environment];
}

let current: UpstreamContext | undefined;

export function upstream(): UpstreamContext {
  current ??= createUpstreamContext(upstreamConfigFromEnv());
  return current;
}

/** Replaces the shared context (tests, scripts); `undefined` returns to reading process.env. */
export function setUpstreamContext(context: UpstreamContext | undefined): void {
  current = context;
}
