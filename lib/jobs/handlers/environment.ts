import type { TUpstreamEnvironment } from "@/lib/config/upstream-env-schema";

/** The database spells environments TEST/PROD; the clients and their configuration test/prod. */
export const toUpstreamEnvironment = (environment: "TEST" | "PROD"): TUpstreamEnvironment =>
  environment === "TEST" ? "test" : "prod";
