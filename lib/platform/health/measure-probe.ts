import "server-only";
import { logger } from "@/lib/platform/logger";

export type TComponentHealth = { name: string; reachable: boolean; latencyMs: number; detail?: string };

export const PROBE_TIMEOUT_MS = 3000;

/** A failure the probe words itself, safe to show publicly. */
export class ProbeFailure extends Error {}

/** Runs one probe with a timeout and reports whether it answered and how fast. */
export async function measureProbe(name: string, probe: () => Promise<void>): Promise<TComponentHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ProbeFailure(`no answer in ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { name, reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The endpoint is public: it says only what kind of failure (our own messages: an HTTP status or the timeout);
    // the driver's or fetch's own text may name hosts and ports, so that goes to the server log only.
    const ours = error instanceof ProbeFailure;
    if (!ours) logger.warn({ err: error, component: name }, "health probe failed");
    return {
      name,
      reachable: false,
      latencyMs: Math.round(performance.now() - started),
      detail: ours ? error.message : "unreachable",
    };
  } finally {
    clearTimeout(timer);
  }
}
